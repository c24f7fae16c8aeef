CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"uploader_sub" text NOT NULL,
	"uploader_role" text NOT NULL,
	"uploader_unit_code" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"dossier_code" text,
	"purpose" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_code" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"from_status" smallint,
	"to_status" smallint NOT NULL,
	"actor_sub" text,
	"actor_role" text NOT NULL,
	"actor_unit_code" text,
	"note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "receiving_unit_code" text;--> statement-breakpoint
UPDATE "dossiers" SET "receiving_unit_code" = "unit_code";--> statement-breakpoint
ALTER TABLE "dossiers" ALTER COLUMN "receiving_unit_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "assigned_to" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "procedure" jsonb;--> statement-breakpoint
UPDATE "dossiers" SET "procedure" = jsonb_build_object('name', "procedure_code", 'method', "channel", 'duration', null, 'feeVnd', 0, 'feeDescription', null);--> statement-breakpoint
ALTER TABLE "dossiers" ALTER COLUMN "procedure" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "applicant_kind" text DEFAULT 'PERSON' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "organization_code" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "owner_sub" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "assisted_by" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "filed_by_sub" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "filed_by_role" text;--> statement-breakpoint
UPDATE "dossiers" SET "filed_by_role" = 'OFFICER';--> statement-breakpoint
ALTER TABLE "dossiers" ALTER COLUMN "filed_by_role" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "zalo_id" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "notify_sms" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "notify_email" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "notify_zalo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "return_channel" text DEFAULT 'DESK' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "postal_address" jsonb;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "form_data" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "tracking_pin" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "submitted_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
UPDATE "dossiers" SET "due_at" = "appointment_at";--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "supplement_count" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "supplement_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "supplement_items" text[];--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "status_before_supplement" smallint;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "payment_amount_vnd" integer;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "paid_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_summary" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_attachment_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "timeliness" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "idempotency_scope" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_history" ADD CONSTRAINT "dossier_history_dossier_code_dossiers_code_fk" FOREIGN KEY ("dossier_code") REFERENCES "public"."dossiers"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_dossier_idx" ON "attachments" USING btree ("dossier_code");--> statement-breakpoint
CREATE INDEX "dossier_history_dossier_idx" ON "dossier_history" USING btree ("dossier_code","id");--> statement-breakpoint
CREATE INDEX "dossiers_unit_status_idx" ON "dossiers" USING btree ("unit_code","status","due_at");--> statement-breakpoint
CREATE INDEX "dossiers_owner_idx" ON "dossiers" USING btree ("owner_sub","code");--> statement-breakpoint
CREATE INDEX "dossiers_receiving_unit_idx" ON "dossiers" USING btree ("receiving_unit_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_idempotency_idx" ON "dossiers" USING btree ("idempotency_scope","idempotency_key") WHERE idempotency_key is not null;