DROP INDEX "profils_visibilite_idx";--> statement-breakpoint
CREATE INDEX "profils_departement_idx" ON "profils_experts" USING btree ("code_departement");--> statement-breakpoint
CREATE INDEX "profils_region_idx" ON "profils_experts" USING btree ("code_region");