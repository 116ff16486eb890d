-- The facet values of a profile as search tokens (`domaine=eau-potable`, `langue=en:b2`, `pays=sn`,
-- `position=titulaire`, `departement=33`, `region=75`, `employeur=<uuid>`), added to its vector so
-- that one GIN lookup answers words and facets together (ADR 0005). Immutable: it only reads its arguments.
CREATE OR REPLACE FUNCTION vivier_jetons(domaines text[], langues text[], pays text[], "position" text, departement text, region text, organisation uuid)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array_remove(
    array(SELECT 'domaine=' || lower(d) FROM unnest(domaines) d)
    || array(SELECT 'langue=' || lower(l) FROM unnest(langues) l)
    || array(SELECT 'pays=' || lower(p) FROM unnest(pays) p)
    || ARRAY['position=' || "position", 'departement=' || lower(departement), 'region=' || lower(region), 'employeur=' || organisation::text],
    NULL))
$$;--> statement-breakpoint
DROP INDEX "profils_document_idx";--> statement-breakpoint
DROP INDEX "profils_domaines_idx";--> statement-breakpoint
DROP INDEX "profils_langues_idx";--> statement-breakpoint
DROP INDEX "profils_pays_idx";--> statement-breakpoint
ALTER TABLE "profils_experts" drop column "document";--> statement-breakpoint
ALTER TABLE "profils_experts" ADD COLUMN "document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('vivier_francais'::regconfig, texte_a), 'A') || setweight(to_tsvector('vivier_francais'::regconfig, texte_b), 'B') || vivier_jetons(domaines_codes, langues_niveaux, pays, position, code_departement, code_region, organisation_id)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "profils_experts" ADD COLUMN "tranche" smallint DEFAULT floor(random() * 16)::smallint NOT NULL;--> statement-breakpoint
CREATE INDEX "profils_document_t0_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 0;--> statement-breakpoint
CREATE INDEX "profils_document_t1_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 1;--> statement-breakpoint
CREATE INDEX "profils_document_t2_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 2;--> statement-breakpoint
CREATE INDEX "profils_document_t3_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 3;--> statement-breakpoint
CREATE INDEX "profils_document_t4_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 4;--> statement-breakpoint
CREATE INDEX "profils_document_t5_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 5;--> statement-breakpoint
CREATE INDEX "profils_document_t6_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 6;--> statement-breakpoint
CREATE INDEX "profils_document_t7_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 7;--> statement-breakpoint
CREATE INDEX "profils_document_t8_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 8;--> statement-breakpoint
CREATE INDEX "profils_document_t9_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 9;--> statement-breakpoint
CREATE INDEX "profils_document_t10_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 10;--> statement-breakpoint
CREATE INDEX "profils_document_t11_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 11;--> statement-breakpoint
CREATE INDEX "profils_document_t12_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 12;--> statement-breakpoint
CREATE INDEX "profils_document_t13_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 13;--> statement-breakpoint
CREATE INDEX "profils_document_t14_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 14;--> statement-breakpoint
CREATE INDEX "profils_document_t15_idx" ON "profils_experts" USING gin ("document") WHERE tranche = 15;