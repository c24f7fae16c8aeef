DROP INDEX "ratings_unit_day";--> statement-breakpoint
ALTER TABLE "ratings" ADD COLUMN "finished_on" date NOT NULL;--> statement-breakpoint
CREATE INDEX "ratings_unit_finished" ON "ratings" USING btree ("unit_code","finished_on");