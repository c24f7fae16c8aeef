CREATE TABLE "instance_heartbeats" (
	"instance" text PRIMARY KEY NOT NULL,
	"served_units" text[],
	"sent_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_activity" (
	"unit_code" text PRIMARY KEY NOT NULL,
	"last_event_at" timestamp with time zone NOT NULL
);
