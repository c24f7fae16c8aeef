ALTER TABLE "postal_shipment_events" ADD COLUMN "messages_decided_at" timestamp with time zone;--> statement-breakpoint
-- Statuses recorded before this column existed had their messages decided (or lost) by the old path.
UPDATE "postal_shipment_events" SET "messages_decided_at" = "at";--> statement-breakpoint
CREATE INDEX "postal_shipment_events_undecided_idx" ON "postal_shipment_events" USING btree ("status") WHERE messages_decided_at is null;