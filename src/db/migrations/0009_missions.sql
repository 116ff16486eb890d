CREATE TABLE "candidatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mission_id" uuid NOT NULL,
	"profil_id" uuid NOT NULL,
	"etat" text NOT NULL,
	"accord_employeur" text NOT NULL,
	"motif" text,
	"deposee_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidatures_etat_ck" CHECK (etat in ('proposee', 'deposee', 'preselectionnee', 'retenue', 'affectee', 'declinee', 'retiree')),
	CONSTRAINT "candidatures_accord_ck" CHECK (accord_employeur in ('en_attente', 'accorde', 'refuse', 'non_requis'))
);
--> statement-breakpoint
CREATE TABLE "candidatures_historique" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "candidatures_historique_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"candidature_id" uuid NOT NULL,
	"evenement" text NOT NULL,
	"de" text,
	"vers" text NOT NULL,
	"accord_de" text,
	"accord_vers" text,
	"motif" text,
	"acteur_id" uuid,
	"horodatage" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidatures_historique_evenement_ck" CHECK (evenement in ('deposer', 'proposer', 'confirmer', 'retirer', 'preselectionner', 'retenir', 'decliner', 'accorderLiberation', 'refuserLiberation', 'affecter')),
	CONSTRAINT "candidatures_historique_de_ck" CHECK (de is null or de in ('proposee', 'deposee', 'preselectionnee', 'retenue', 'affectee', 'declinee', 'retiree')),
	CONSTRAINT "candidatures_historique_vers_ck" CHECK (vers in ('proposee', 'deposee', 'preselectionnee', 'retenue', 'affectee', 'declinee', 'retiree')),
	CONSTRAINT "candidatures_historique_accord_de_ck" CHECK (accord_de is null or accord_de in ('en_attente', 'accorde', 'refuse', 'non_requis')),
	CONSTRAINT "candidatures_historique_accord_vers_ck" CHECK (accord_vers is null or accord_vers in ('en_attente', 'accorde', 'refuse', 'non_requis'))
);
--> statement-breakpoint
CREATE TABLE "missions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"projet_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"etat" text DEFAULT 'brouillon' NOT NULL,
	"source" text NOT NULL,
	"cadre" text,
	"hote_type" text,
	"intitule" text NOT NULL,
	"intitule_recherche" text GENERATED ALWAYS AS (vivier_normaliser(intitule)) STORED NOT NULL,
	"termes_de_reference" text,
	"pays" text,
	"beneficiaire" text,
	"domaines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"langues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"nombre_experts" integer DEFAULT 1 NOT NULL,
	"remuneration" jsonb,
	"date_limite_candidature" date,
	"publiee_le" timestamp with time zone,
	"domaines_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"cree_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "missions_etat_ck" CHECK (etat in ('brouillon', 'publiee', 'en_selection', 'pourvue', 'en_cours', 'terminee', 'annulee')),
	CONSTRAINT "missions_source_ck" CHECK (source in ('operateur', 'daect_expe_ct', 'cooperation_decentralisee', 'demande_etrangere')),
	CONSTRAINT "missions_cadre_ck" CHECK (cadre is null or cadre in ('cooperation_decentralisee', 'expe_ct', 'operateur')),
	CONSTRAINT "missions_hote_type_ck" CHECK (hote_type is null or hote_type in ('organisation_internationale', 'institution_ue', 'etat_etranger', 'administration_etrangere', 'operateur_public', 'operateur_prive')),
	CONSTRAINT "missions_pays_ck" CHECK (pays is null or pays ~ '^[A-Z]{2}$'),
	CONSTRAINT "missions_nombre_experts_ck" CHECK (nombre_experts >= 1),
	CONSTRAINT "missions_publiee_ck" CHECK (etat = 'brouillon' or (publiee_le is not null and pays is not null and cadre is not null))
);
--> statement-breakpoint
CREATE TABLE "missions_historique" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "missions_historique_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"mission_id" uuid NOT NULL,
	"evenement" text NOT NULL,
	"de" text,
	"vers" text NOT NULL,
	"motif" text,
	"acteur_id" uuid,
	"horodatage" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "missions_historique_evenement_ck" CHECK (evenement in ('publier', 'ouvrirSelection', 'pourvoir', 'demarrer', 'terminer', 'annuler', 'repasserEnBrouillon', 'creer')),
	CONSTRAINT "missions_historique_de_ck" CHECK (de is null or de in ('brouillon', 'publiee', 'en_selection', 'pourvue', 'en_cours', 'terminee', 'annulee')),
	CONSTRAINT "missions_historique_vers_ck" CHECK (vers in ('brouillon', 'publiee', 'en_selection', 'pourvue', 'en_cours', 'terminee', 'annulee'))
);
--> statement-breakpoint
CREATE TABLE "missions_sessions" (
	"mission_id" uuid NOT NULL,
	"rang" integer NOT NULL,
	"debut" date,
	"fin" date,
	"jours" numeric(6, 1),
	"libelle" text,
	CONSTRAINT "missions_sessions_mission_id_rang_pk" PRIMARY KEY("mission_id","rang"),
	CONSTRAINT "missions_sessions_rang_ck" CHECK (rang >= 1),
	CONSTRAINT "missions_sessions_forme_ck" CHECK ((debut is not null and fin is not null and jours is null and fin >= debut) or (debut is null and fin is null and jours > 0 and jours * 2 = floor(jours * 2)))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"type" text NOT NULL,
	"titre" text NOT NULL,
	"texte" text NOT NULL,
	"lien" text,
	"lue_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_type_ck" CHECK (type ~ '^[a-z][a-z_]*([.][a-z][a-zA-Z_]*)*$'),
	CONSTRAINT "notifications_lien_ck" CHECK (lien is null or lien ~ '^/')
);
--> statement-breakpoint
CREATE TABLE "projets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"intitule" text NOT NULL,
	"programme" text,
	"bailleur" text,
	"description" text,
	"cree_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_profil_id_profils_experts_id_fk" FOREIGN KEY ("profil_id") REFERENCES "public"."profils_experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidatures" ADD CONSTRAINT "candidatures_deposee_par_utilisateurs_id_fk" FOREIGN KEY ("deposee_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidatures_historique" ADD CONSTRAINT "candidatures_historique_candidature_id_candidatures_id_fk" FOREIGN KEY ("candidature_id") REFERENCES "public"."candidatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidatures_historique" ADD CONSTRAINT "candidatures_historique_acteur_id_utilisateurs_id_fk" FOREIGN KEY ("acteur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions" ADD CONSTRAINT "missions_projet_id_projets_id_fk" FOREIGN KEY ("projet_id") REFERENCES "public"."projets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions" ADD CONSTRAINT "missions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions" ADD CONSTRAINT "missions_cree_par_utilisateurs_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions_historique" ADD CONSTRAINT "missions_historique_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions_historique" ADD CONSTRAINT "missions_historique_acteur_id_utilisateurs_id_fk" FOREIGN KEY ("acteur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions_sessions" ADD CONSTRAINT "missions_sessions_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projets" ADD CONSTRAINT "projets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projets" ADD CONSTRAINT "projets_cree_par_utilisateurs_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidatures_mission_profil_uq" ON "candidatures" USING btree ("mission_id","profil_id");--> statement-breakpoint
CREATE INDEX "candidatures_profil_idx" ON "candidatures" USING btree ("profil_id","etat");--> statement-breakpoint
CREATE INDEX "candidatures_mission_idx" ON "candidatures" USING btree ("mission_id","etat");--> statement-breakpoint
CREATE INDEX "candidatures_historique_candidature_idx" ON "candidatures_historique" USING btree ("candidature_id","horodatage");--> statement-breakpoint
CREATE INDEX "missions_projet_idx" ON "missions" USING btree ("projet_id");--> statement-breakpoint
CREATE INDEX "missions_organisation_idx" ON "missions" USING btree ("organisation_id","etat");--> statement-breakpoint
CREATE INDEX "missions_etat_idx" ON "missions" USING btree ("etat","publiee_le");--> statement-breakpoint
CREATE INDEX "missions_domaines_idx" ON "missions" USING gin ("domaines_codes");--> statement-breakpoint
CREATE INDEX "missions_intitule_trgm_idx" ON "missions" USING gin ("intitule_recherche" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "missions_historique_mission_idx" ON "missions_historique" USING btree ("mission_id","horodatage");--> statement-breakpoint
CREATE INDEX "notifications_utilisateur_idx" ON "notifications" USING btree ("utilisateur_id","lue_le");--> statement-breakpoint
CREATE INDEX "notifications_utilisateur_date_idx" ON "notifications" USING btree ("utilisateur_id","cree_le");--> statement-breakpoint
CREATE INDEX "projets_organisation_idx" ON "projets" USING btree ("organisation_id","cree_le");