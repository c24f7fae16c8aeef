CREATE TABLE "unit_alert_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_code" text NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "notifications_event_channel_idx";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "alert_contact_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "unit_alert_contacts_address_idx" ON "unit_alert_contacts" USING btree ("unit_code","channel","address");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_event_alert_contact_idx" ON "notifications" USING btree ("event_id","alert_contact_id") WHERE alert_contact_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_event_channel_idx" ON "notifications" USING btree ("event_id","channel","template") WHERE alert_contact_id is null;