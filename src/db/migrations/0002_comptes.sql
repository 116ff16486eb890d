CREATE TABLE "appartenances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appartenances_role_ck" CHECK (role in ('agent', 'gestionnaire_rh', 'charge_ri', 'superieur_hierarchique', 'autorite_territoriale', 'operateur', 'agent_daect', 'membre_comite', 'agent_ambassade', 'administrateur_organisation', 'administrateur'))
);
--> statement-breakpoint
CREATE TABLE "journal_audit" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "journal_audit_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"horodatage" timestamp with time zone DEFAULT now() NOT NULL,
	"acteur_id" uuid,
	"organisation_id" uuid,
	"action" text NOT NULL,
	"cible_type" text NOT NULL,
	"cible_id" text,
	"request_id" text,
	"resume" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"appartenance_id" uuid,
	"csrf" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"vue_le" timestamp with time zone DEFAULT now() NOT NULL,
	"expire_le" timestamp with time zone NOT NULL,
	"revoquee_le" timestamp with time zone,
	"adresse_ip" text,
	"navigateur" text,
	"proconnect_id_token" text
);
--> statement-breakpoint
CREATE TABLE "tentatives_connexion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"adresse_ip" text NOT NULL,
	"reussie" boolean NOT NULL,
	"horodatage" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "utilisateurs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"prenom" text NOT NULL,
	"nom" text NOT NULL,
	"mot_de_passe_hash" text,
	"email_verifie" boolean DEFAULT false NOT NULL,
	"proconnect_sub" text,
	"desactive_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "utilisateurs_email_minuscules_ck" CHECK (email = lower(email))
);
--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT "organisations_type_ck";--> statement-breakpoint
ALTER TABLE "appartenances" ADD CONSTRAINT "appartenances_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appartenances" ADD CONSTRAINT "appartenances_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_audit" ADD CONSTRAINT "journal_audit_acteur_id_utilisateurs_id_fk" FOREIGN KEY ("acteur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_audit" ADD CONSTRAINT "journal_audit_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_appartenance_id_appartenances_id_fk" FOREIGN KEY ("appartenance_id") REFERENCES "public"."appartenances"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appartenances_uq" ON "appartenances" USING btree ("utilisateur_id","organisation_id","role");--> statement-breakpoint
CREATE INDEX "appartenances_organisation_idx" ON "appartenances" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "journal_audit_organisation_idx" ON "journal_audit" USING btree ("organisation_id","horodatage");--> statement-breakpoint
CREATE INDEX "journal_audit_acteur_idx" ON "journal_audit" USING btree ("acteur_id","horodatage");--> statement-breakpoint
CREATE INDEX "sessions_utilisateur_idx" ON "sessions" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE INDEX "tentatives_email_idx" ON "tentatives_connexion" USING btree ("email","horodatage");--> statement-breakpoint
CREATE INDEX "tentatives_ip_idx" ON "tentatives_connexion" USING btree ("adresse_ip","horodatage");--> statement-breakpoint
CREATE UNIQUE INDEX "utilisateurs_email_uq" ON "utilisateurs" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "utilisateurs_proconnect_sub_uq" ON "utilisateurs" USING btree ("proconnect_sub");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_type_ck" CHECK (type in ('collectivite', 'association_elus', 'operateur', 'ministere', 'ambassade', 'organisme_partenaire', 'plateforme'));--> statement-breakpoint
-- The audit trail cannot be edited through the application: rows are only ever added.
CREATE OR REPLACE FUNCTION vivier_journal_audit_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Le journal d''audit ne peut être ni modifié ni effacé.' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER journal_audit_immuable BEFORE UPDATE OR DELETE ON "journal_audit"
  FOR EACH ROW EXECUTE FUNCTION vivier_journal_audit_immuable();
