CREATE TABLE "courriels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"destinataire" text NOT NULL,
	"sujet" text NOT NULL,
	"texte" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"envoye_le" timestamp with time zone,
	"tentatives" integer DEFAULT 0 NOT NULL,
	"derniere_erreur" text
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"invite_par" uuid,
	"empreinte" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"expire_le" timestamp with time zone NOT NULL,
	"acceptee_le" timestamp with time zone,
	"acceptee_par" uuid,
	"annulee_le" timestamp with time zone,
	CONSTRAINT "invitations_role_ck" CHECK (role in ('agent', 'gestionnaire_rh', 'charge_ri', 'superieur_hierarchique', 'autorite_territoriale', 'operateur', 'agent_daect', 'membre_comite', 'agent_ambassade', 'administrateur_organisation', 'administrateur')),
	CONSTRAINT "invitations_email_minuscules_ck" CHECK (email = lower(email))
);
--> statement-breakpoint
CREATE TABLE "jetons_api" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"appartenance_id" uuid NOT NULL,
	"nom" text NOT NULL,
	"empreinte" text NOT NULL,
	"prefixe" text NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"expire_le" timestamp with time zone NOT NULL,
	"utilise_le" timestamp with time zone,
	"revoque_le" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "limites_debit" (
	"cle" text NOT NULL,
	"fenetre" timestamp with time zone NOT NULL,
	"compte" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "limites_debit_cle_fenetre_pk" PRIMARY KEY("cle","fenetre")
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invite_par_utilisateurs_id_fk" FOREIGN KEY ("invite_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_acceptee_par_utilisateurs_id_fk" FOREIGN KEY ("acceptee_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jetons_api" ADD CONSTRAINT "jetons_api_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jetons_api" ADD CONSTRAINT "jetons_api_appartenance_id_appartenances_id_fk" FOREIGN KEY ("appartenance_id") REFERENCES "public"."appartenances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "courriels_a_envoyer_idx" ON "courriels" USING btree ("cree_le") WHERE envoye_le is null;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_empreinte_uq" ON "invitations" USING btree ("empreinte");--> statement-breakpoint
CREATE INDEX "invitations_organisation_idx" ON "invitations" USING btree ("organisation_id","cree_le");--> statement-breakpoint
CREATE UNIQUE INDEX "jetons_api_empreinte_uq" ON "jetons_api" USING btree ("empreinte");--> statement-breakpoint
CREATE INDEX "jetons_api_utilisateur_idx" ON "jetons_api" USING btree ("utilisateur_id");