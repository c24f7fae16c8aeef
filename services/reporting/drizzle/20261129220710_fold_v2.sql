CREATE TABLE "intake_flows" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"accept_by_day" date NOT NULL,
	"delta" integer NOT NULL,
	CONSTRAINT "intake_flows_unit_code_day_accept_by_day_pk" PRIMARY KEY("unit_code","day","accept_by_day")
);
--> statement-breakpoint
CREATE TABLE "projection_version" (
	"id" smallint PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
-- Open flows are rebuilt from the event log when the service starts (no projection_version row yet).
TRUNCATE "open_flows";--> statement-breakpoint
ALTER TABLE "open_flows" DROP CONSTRAINT "open_flows_unit_code_day_due_day_pk";--> statement-breakpoint
ALTER TABLE "open_flows" ADD COLUMN "procedure_code" text NOT NULL;--> statement-breakpoint
ALTER TABLE "open_flows" ADD CONSTRAINT "open_flows_unit_code_day_due_day_procedure_code_pk" PRIMARY KEY("unit_code","day","due_day","procedure_code");