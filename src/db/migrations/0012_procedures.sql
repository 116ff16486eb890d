CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"etat" text NOT NULL,
	"intitule" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"profil_id" uuid,
	"agent_id" uuid,
	"accueil_id" uuid,
	"operateur_id" uuid,
	"candidature_id" uuid,
	"instrument_recommande" text,
	"justification" text,
	"donnees" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"suivi" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cree_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedures_type_ck" CHECK (type in ('cumul_activites', 'mise_a_disposition', 'detachement', 'convention_partenariat', 'ordre_de_mission'))
);
--> statement-breakpoint
CREATE TABLE "procedures_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_id" uuid NOT NULL,
	"fichier_id" uuid NOT NULL,
	"nature" text NOT NULL,
	"modele" text,
	"version" integer,
	"ajoute_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedures_documents_nature_ck" CHECK (nature in ('genere', 'signe'))
);
--> statement-breakpoint
CREATE TABLE "procedures_historique" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procedures_historique_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"procedure_id" uuid NOT NULL,
	"evenement" text NOT NULL,
	"de" text,
	"vers" text NOT NULL,
	"motif" text,
	"saisie" jsonb,
	"acteur_id" uuid,
	"horodatage" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures_rappels" (
	"procedure_id" uuid NOT NULL,
	"code" text NOT NULL,
	"date" date NOT NULL,
	"niveau" text NOT NULL,
	"envoye_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedures_rappels_procedure_id_code_date_niveau_pk" PRIMARY KEY("procedure_id","code","date","niveau")
);
--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_profil_id_profils_experts_id_fk" FOREIGN KEY ("profil_id") REFERENCES "public"."profils_experts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_agent_id_utilisateurs_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_accueil_id_organisations_id_fk" FOREIGN KEY ("accueil_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_operateur_id_organisations_id_fk" FOREIGN KEY ("operateur_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_candidature_id_candidatures_id_fk" FOREIGN KEY ("candidature_id") REFERENCES "public"."candidatures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_cree_par_utilisateurs_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures_documents" ADD CONSTRAINT "procedures_documents_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures_documents" ADD CONSTRAINT "procedures_documents_fichier_id_fichiers_id_fk" FOREIGN KEY ("fichier_id") REFERENCES "public"."fichiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures_documents" ADD CONSTRAINT "procedures_documents_ajoute_par_utilisateurs_id_fk" FOREIGN KEY ("ajoute_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures_historique" ADD CONSTRAINT "procedures_historique_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures_historique" ADD CONSTRAINT "procedures_historique_acteur_id_utilisateurs_id_fk" FOREIGN KEY ("acteur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures_rappels" ADD CONSTRAINT "procedures_rappels_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procedures_organisation_idx" ON "procedures" USING btree ("organisation_id","modifie_le");--> statement-breakpoint
CREATE INDEX "procedures_agent_idx" ON "procedures" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "procedures_accueil_idx" ON "procedures" USING btree ("accueil_id");--> statement-breakpoint
CREATE INDEX "procedures_operateur_idx" ON "procedures" USING btree ("operateur_id");--> statement-breakpoint
CREATE INDEX "procedures_candidature_idx" ON "procedures" USING btree ("candidature_id");--> statement-breakpoint
CREATE INDEX "procedures_documents_procedure_idx" ON "procedures_documents" USING btree ("procedure_id","cree_le");--> statement-breakpoint
CREATE INDEX "procedures_historique_procedure_idx" ON "procedures_historique" USING btree ("procedure_id","horodatage");