CREATE TABLE "processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "received_daily" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "received_daily_unit_code_day_procedure_code_channel_pk" PRIMARY KEY("unit_code","day","procedure_code","channel")
);
