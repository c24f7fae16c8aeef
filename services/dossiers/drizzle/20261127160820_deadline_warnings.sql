ALTER TABLE "dossiers" ADD COLUMN "deadline_warned_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "deadline_warned_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "dossiers_clock_running_due_idx" ON "dossiers" USING btree ("due_at") WHERE status in (2, 4, 6);