CREATE TABLE "mots_recherche" (
	"mot" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "profils_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profil_id" uuid NOT NULL,
	"fichier_id" uuid NOT NULL,
	"type" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profils_documents_type_ck" CHECK (type in ('cv', 'autre'))
);
--> statement-breakpoint
CREATE TABLE "profils_effaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" text NOT NULL,
	"domaines_codes" text[] NOT NULL,
	"langues" text[] NOT NULL,
	"pays" text[] NOT NULL,
	"efface_le" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "profils_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"utilisateur_id" uuid,
	"prenom" text NOT NULL,
	"nom" text NOT NULL,
	"courriel" text NOT NULL,
	"telephone" text,
	"numero_agent" text,
	"position" text NOT NULL,
	"grade" text,
	"cadre_emplois" text,
	"categorie" text,
	"metier" text,
	"domaines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"langues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"missions_passees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disponibilites" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"jours_par_an" numeric(4, 1),
	"date_naissance" date,
	"date_retraite_prevue" date,
	"visibilite" text DEFAULT 'employeur' NOT NULL,
	"maintien_apres_retraite" boolean DEFAULT false NOT NULL,
	"confirme_le" timestamp with time zone DEFAULT now() NOT NULL,
	"rappele_le" timestamp with time zone,
	"domaines_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"langues_niveaux" text[] DEFAULT '{}'::text[] NOT NULL,
	"pays" text[] DEFAULT '{}'::text[] NOT NULL,
	"periodes_disponibles" datemultirange DEFAULT '{}'::datemultirange NOT NULL,
	"code_departement" text,
	"code_region" text,
	"texte_a" text DEFAULT '' NOT NULL,
	"texte_b" text DEFAULT '' NOT NULL,
	"document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('vivier_francais'::regconfig, texte_a), 'A') || setweight(to_tsvector('vivier_francais'::regconfig, texte_b), 'B')) STORED NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profils_courriel_minuscules_ck" CHECK (courriel = lower(courriel)),
	CONSTRAINT "profils_position_ck" CHECK (position in ('titulaire', 'stagiaire', 'contractuel_cdi', 'contractuel_cdd', 'retraite', 'elu', 'partenaire')),
	CONSTRAINT "profils_categorie_ck" CHECK (categorie is null or categorie in ('A', 'B', 'C')),
	CONSTRAINT "profils_visibilite_ck" CHECK (visibilite in ('employeur', 'operateurs', 'ministere'))
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "profil_id" uuid;--> statement-breakpoint
ALTER TABLE "profils_documents" ADD CONSTRAINT "profils_documents_profil_id_profils_experts_id_fk" FOREIGN KEY ("profil_id") REFERENCES "public"."profils_experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profils_documents" ADD CONSTRAINT "profils_documents_fichier_id_fichiers_id_fk" FOREIGN KEY ("fichier_id") REFERENCES "public"."fichiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profils_effaces" ADD CONSTRAINT "profils_effaces_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profils_experts" ADD CONSTRAINT "profils_experts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profils_experts" ADD CONSTRAINT "profils_experts_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mots_recherche_trgm_idx" ON "mots_recherche" USING gin ("mot" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "profils_documents_profil_idx" ON "profils_documents" USING btree ("profil_id");--> statement-breakpoint
CREATE INDEX "profils_effaces_organisation_idx" ON "profils_effaces" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "profils_organisation_idx" ON "profils_experts" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "profils_utilisateur_uq" ON "profils_experts" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE UNIQUE INDEX "profils_courriel_uq" ON "profils_experts" USING btree ("organisation_id","courriel");--> statement-breakpoint
CREATE UNIQUE INDEX "profils_numero_agent_uq" ON "profils_experts" USING btree ("organisation_id","numero_agent");--> statement-breakpoint
CREATE INDEX "profils_document_idx" ON "profils_experts" USING gin ("document");--> statement-breakpoint
CREATE INDEX "profils_domaines_idx" ON "profils_experts" USING gin ("domaines_codes");--> statement-breakpoint
CREATE INDEX "profils_langues_idx" ON "profils_experts" USING gin ("langues_niveaux");--> statement-breakpoint
CREATE INDEX "profils_pays_idx" ON "profils_experts" USING gin ("pays");--> statement-breakpoint
CREATE INDEX "profils_periodes_idx" ON "profils_experts" USING gist ("periodes_disponibles");--> statement-breakpoint
CREATE INDEX "profils_visibilite_idx" ON "profils_experts" USING btree ("visibilite");--> statement-breakpoint
CREATE INDEX "profils_confirme_idx" ON "profils_experts" USING btree ("confirme_le");--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_profil_id_profils_experts_id_fk" FOREIGN KEY ("profil_id") REFERENCES "public"."profils_experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journal_audit_cible_idx" ON "journal_audit" USING btree ("cible_type","cible_id");