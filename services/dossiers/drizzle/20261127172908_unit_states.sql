CREATE TABLE "unit_states" (
	"unit_code" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"target" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
