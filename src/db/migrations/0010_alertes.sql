CREATE TABLE "recherches_enregistrees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"nom" text NOT NULL,
	"criteres" jsonb NOT NULL,
	"derniere_alerte_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recherches_enregistrees_role_ck" CHECK (role in ('agent', 'gestionnaire_rh', 'charge_ri', 'superieur_hierarchique', 'autorite_territoriale', 'operateur', 'agent_daect', 'membre_comite', 'agent_ambassade', 'administrateur_organisation', 'administrateur'))
);
--> statement-breakpoint
CREATE TABLE "recherches_enregistrees_vues" (
	"recherche_id" uuid NOT NULL,
	"profil_id" uuid NOT NULL,
	CONSTRAINT "recherches_enregistrees_vues_recherche_id_profil_id_pk" PRIMARY KEY("recherche_id","profil_id")
);
--> statement-breakpoint
ALTER TABLE "missions" ADD COLUMN "alertes_envoyees_le" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "resume_attendu" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "utilisateurs" ADD COLUMN "preference_alertes" text DEFAULT 'immediate' NOT NULL;--> statement-breakpoint
ALTER TABLE "recherches_enregistrees" ADD CONSTRAINT "recherches_enregistrees_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recherches_enregistrees" ADD CONSTRAINT "recherches_enregistrees_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recherches_enregistrees_vues" ADD CONSTRAINT "recherches_enregistrees_vues_recherche_id_recherches_enregistrees_id_fk" FOREIGN KEY ("recherche_id") REFERENCES "public"."recherches_enregistrees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recherches_enregistrees_vues" ADD CONSTRAINT "recherches_enregistrees_vues_profil_id_profils_experts_id_fk" FOREIGN KEY ("profil_id") REFERENCES "public"."profils_experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recherches_enregistrees_utilisateur_idx" ON "recherches_enregistrees" USING btree ("utilisateur_id");--> statement-breakpoint
ALTER TABLE "utilisateurs" ADD CONSTRAINT "utilisateurs_preference_alertes_ck" CHECK (preference_alertes in ('immediate', 'quotidienne', 'jamais'));