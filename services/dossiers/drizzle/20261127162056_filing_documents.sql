ALTER TABLE "dossiers" ADD COLUMN "cases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "covered_documents" jsonb DEFAULT '[]'::jsonb NOT NULL;