CREATE TABLE "administrative_units" (
	"code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"parent_code" text,
	"agency_code" text NOT NULL,
	"predecessor_codes" text[] DEFAULT '{}' NOT NULL,
	"successor_codes" text[] DEFAULT '{}' NOT NULL,
	"desk" jsonb NOT NULL,
	"confirmed" boolean NOT NULL,
	"note" text,
	CONSTRAINT "administrative_units_code_valid_from_pk" PRIMARY KEY("code","valid_from")
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"levels" text[] NOT NULL,
	"online_level_legacy" integer NOT NULL,
	"online_level_decree42" text NOT NULL,
	"details" jsonb NOT NULL,
	"confirmed" boolean NOT NULL,
	"note" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_versions_code_version_pk" PRIMARY KEY("code","version")
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"code" text PRIMARY KEY NOT NULL,
	"current_version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_code_procedures_code_fk" FOREIGN KEY ("code") REFERENCES "public"."procedures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "administrative_units_parent_idx" ON "administrative_units" USING btree ("parent_code");