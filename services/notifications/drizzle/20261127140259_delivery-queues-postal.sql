CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"position" bigserial NOT NULL,
	"type" text NOT NULL,
	"source" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "postal_shipment_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"shipment_id" uuid NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "postal_shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_code" text NOT NULL,
	"unit_code" text,
	"event_id" uuid,
	"waybill_number" text,
	"status" text NOT NULL,
	"cod_amount_vnd" integer DEFAULT 0 NOT NULL,
	"receiver_masked" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "postal_shipments_dossier_code_unique" UNIQUE("dossier_code"),
	CONSTRAINT "postal_shipments_waybill_number_unique" UNIQUE("waybill_number")
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "provider_callbacks" (
	"provider" text NOT NULL,
	"callback_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_callbacks_provider_callback_id_pk" PRIMARY KEY("provider","callback_id")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "unit_code" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "resend_of" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "params" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "segments" integer;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "postal_shipment_events" ADD CONSTRAINT "postal_shipment_events_shipment_id_postal_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."postal_shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "outbox" USING btree ("position") WHERE published_at is null;--> statement-breakpoint
CREATE INDEX "postal_shipment_events_shipment_idx" ON "postal_shipment_events" USING btree ("shipment_id","at");--> statement-breakpoint
CREATE INDEX "postal_shipments_pending_idx" ON "postal_shipments" USING btree ("status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_event_channel_idx" ON "notifications" USING btree ("event_id","channel","template");--> statement-breakpoint
CREATE INDEX "notifications_pending_idx" ON "notifications" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "notifications_provider_ref_idx" ON "notifications" USING btree ("channel","provider_reference");