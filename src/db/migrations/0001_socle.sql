CREATE TABLE "donnees_reference" (
	"jeu" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"nombre" integer NOT NULL,
	"charge_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fichiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nom" text NOT NULL,
	"type_mime" text NOT NULL,
	"taille" bigint NOT NULL,
	"sha256" text NOT NULL,
	"contenu" "bytea" NOT NULL,
	"organisation_id" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fichiers_taille_ck" CHECK (taille = octet_length(contenu))
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"categorie" text,
	"nature" text,
	"nom" text NOT NULL,
	"nom_court" text,
	"nom_recherche" text GENERATED ALWAYS AS (vivier_normaliser(nom)) STORED NOT NULL,
	"code_insee" text,
	"siren" text,
	"code_departement" text,
	"code_region" text,
	"population" integer,
	"pays" text,
	"reference" text,
	"fermee_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_type_ck" CHECK (type in ('collectivite', 'association_elus', 'operateur', 'ministere', 'ambassade', 'organisme_partenaire')),
	CONSTRAINT "organisations_categorie_ck" CHECK ((type = 'collectivite') = (categorie is not null) and (categorie is null or categorie in ('commune', 'epci', 'ept', 'departement', 'region', 'collectivite_unique', 'collectivite_statut_particulier', 'collectivite_outre_mer'))),
	CONSTRAINT "organisations_siren_ck" CHECK (siren is null or siren ~ '^[0-9]{9}$')
);
--> statement-breakpoint
CREATE TABLE "pays" (
	"code" text PRIMARY KEY NOT NULL,
	"code_alpha3" text NOT NULL,
	"code_numerique" text NOT NULL,
	"nom" text NOT NULL,
	"nom_anglais" text NOT NULL,
	"nom_recherche" text GENERATED ALWAYS AS (vivier_normaliser(nom)) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fichiers" ADD CONSTRAINT "fichiers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_pays_pays_code_fk" FOREIGN KEY ("pays") REFERENCES "public"."pays"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fichiers_organisation_idx" ON "fichiers" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_reference_uq" ON "organisations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "organisations_siren_idx" ON "organisations" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "organisations_code_insee_idx" ON "organisations" USING btree ("code_insee");--> statement-breakpoint
CREATE INDEX "organisations_nom_recherche_trgm_idx" ON "organisations" USING gin ("nom_recherche" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pays_nom_recherche_trgm_idx" ON "pays" USING gin ("nom_recherche" gin_trgm_ops);