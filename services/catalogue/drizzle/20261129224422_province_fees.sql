CREATE TABLE "province_fees" (
	"province_code" text NOT NULL,
	"procedure_code" text NOT NULL,
	"method" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"amount_vnd" integer NOT NULL,
	"resolution" text NOT NULL,
	"source" text NOT NULL,
	"confirmed" boolean NOT NULL,
	"note" text,
	CONSTRAINT "province_fees_province_code_procedure_code_method_valid_from_pk" PRIMARY KEY("province_code","procedure_code","method","valid_from")
);
--> statement-breakpoint
ALTER TABLE "province_fees" ADD CONSTRAINT "province_fees_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "province_fees_procedure_idx" ON "province_fees" USING btree ("procedure_code");