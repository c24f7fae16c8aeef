CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"days_off" jsonb NOT NULL,
	"make_up_working_days" jsonb NOT NULL,
	"confirmed" boolean NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forms" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"legal_source" text NOT NULL,
	"fields" jsonb NOT NULL,
	"confirmed" boolean NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_online_procedures" (
	"unit_code" text NOT NULL,
	"procedure_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"decision" text NOT NULL,
	CONSTRAINT "unit_online_procedures_unit_code_procedure_code_valid_from_pk" PRIMARY KEY("unit_code","procedure_code","valid_from")
);
--> statement-breakpoint
ALTER TABLE "procedure_versions" ALTER COLUMN "published_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "procedure_versions" ALTER COLUMN "published_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "procedures" ALTER COLUMN "current_version" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD COLUMN "field_code" text GENERATED ALWAYS AS (trim(both '_' from regexp_replace(lower(translate(field, 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')), '[^a-z0-9]+', '_', 'g'))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(translate(name, 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')) || ' ' || lower(translate(field, 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')) || ' ' || code) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD COLUMN "free" boolean GENERATED ALWAYS AS (not jsonb_path_exists(details, '$.methods[*].fee ? (@.kind != "FREE")')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "procedures" ADD COLUMN "display_order" integer DEFAULT 1000 NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_online_procedures" ADD CONSTRAINT "unit_online_procedures_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_online_procedures_procedure_idx" ON "unit_online_procedures" USING btree ("procedure_code");--> statement-breakpoint
CREATE INDEX "procedure_versions_search_idx" ON "procedure_versions" USING gin (to_tsvector('simple', "search_text"));