CREATE TABLE "daily_figures" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"measure" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "daily_figures_unit_code_day_procedure_code_channel_measure_pk" PRIMARY KEY("unit_code","day","procedure_code","channel","measure")
);
--> statement-breakpoint
CREATE TABLE "dossier_state" (
	"code" text PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"outcome" text,
	"supplement_requests" integer DEFAULT 0 NOT NULL,
	"assisted_by" text,
	"applicant_account" text,
	"contribution" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"dossier_code" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"envelope" jsonb NOT NULL,
	"logged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_log_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE TABLE "open_flows" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"due_day" date NOT NULL,
	"delta" integer NOT NULL,
	CONSTRAINT "open_flows_unit_code_day_due_day_pk" PRIMARY KEY("unit_code","day","due_day")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"dossier_code" text PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"level" smallint NOT NULL,
	"comment" text,
	"rated_by" text NOT NULL,
	"first_rated_at" timestamp with time zone NOT NULL,
	"rated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"unit_code" text NOT NULL,
	"indicator" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"rate" numeric NOT NULL,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_unit_code_indicator_valid_from_pk" PRIMARY KEY("unit_code","indicator","valid_from")
);
--> statement-breakpoint
CREATE TABLE "transfers_daily" (
	"day" date NOT NULL,
	"from_unit_code" text NOT NULL,
	"to_unit_code" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "transfers_daily_day_from_unit_code_to_unit_code_pk" PRIMARY KEY("day","from_unit_code","to_unit_code")
);
--> statement-breakpoint
CREATE TABLE "volunteer_daily" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"volunteer" text NOT NULL,
	"channel" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "volunteer_daily_unit_code_day_volunteer_channel_pk" PRIMARY KEY("unit_code","day","volunteer","channel")
);
--> statement-breakpoint
CREATE INDEX "dossier_state_unit" ON "dossier_state" USING btree ("unit_code");--> statement-breakpoint
CREATE INDEX "event_log_dossier" ON "event_log" USING btree ("dossier_code");--> statement-breakpoint
CREATE INDEX "ratings_unit_day" ON "ratings" USING btree ("unit_code","rated_at");