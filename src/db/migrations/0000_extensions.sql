-- Extensions and functions for French search, created before any table uses them.
-- unaccent and pg_trgm are "trusted" extensions since PostgreSQL 13: a database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (it depends on search_path), so it cannot feed a generated column or an
-- index. This wrapper names the dictionary with its schema, which makes it safe to declare IMMUTABLE.
CREATE OR REPLACE FUNCTION vivier_unaccent(texte text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, texte) $$;
--> statement-breakpoint
-- The form every searchable name is compared in: lower case, no accents, punctuation and runs of
-- spaces turned into one space. "Saint-Étienne" and "saint etienne" both become "saint etienne".
CREATE OR REPLACE FUNCTION vivier_normaliser(texte text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(lower(vivier_unaccent(texte)), '[^a-z0-9]+', ' ', 'g')) $$;
--> statement-breakpoint
-- French full-text search with accents folded, for the profile and mission search of later tables:
-- to_tsvector('vivier_francais', …) stems French words and ignores accents.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vivier_francais') THEN
    CREATE TEXT SEARCH CONFIGURATION vivier_francais (COPY = pg_catalog.french);
    ALTER TEXT SEARCH CONFIGURATION vivier_francais
      ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
  END IF;
END
$$;
