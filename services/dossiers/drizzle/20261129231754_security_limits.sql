CREATE TABLE "tracking_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"failures" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "ticket_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_ticket_idx" ON "attachments" USING btree ("ticket_id") WHERE ticket_id is not null;--> statement-breakpoint
CREATE INDEX "attachments_unattached_idx" ON "attachments" USING btree ("uploader_sub","created_at") WHERE dossier_code is null;