ALTER TABLE "profils_experts" ADD COLUMN "pays_declares" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "profils_experts" ADD COLUMN "regions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Until now `pays` held the declared countries: they are copied. From now on `pays` is the search's
-- (declared countries and the regions' countries), `pays_declares` what the agent wrote.
UPDATE "profils_experts" SET "pays_declares" = "pays";
