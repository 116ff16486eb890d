CREATE TABLE "missions_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mission_id" uuid NOT NULL,
	"fichier_id" uuid NOT NULL,
	"type" text NOT NULL,
	"ajoute_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "missions_documents_type_ck" CHECK (type in ('termes_de_reference', 'budget', 'autre'))
);
--> statement-breakpoint
ALTER TABLE "missions_documents" ADD CONSTRAINT "missions_documents_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions_documents" ADD CONSTRAINT "missions_documents_fichier_id_fichiers_id_fk" FOREIGN KEY ("fichier_id") REFERENCES "public"."fichiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions_documents" ADD CONSTRAINT "missions_documents_ajoute_par_utilisateurs_id_fk" FOREIGN KEY ("ajoute_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "missions_documents_mission_idx" ON "missions_documents" USING btree ("mission_id","cree_le");