import { fr } from "@codegouvfr/react-dsfr";
import type { Progression } from "./ImportEtat";

const pourcentage = new Intl.NumberFormat("fr-FR", { style: "percent" });

const ETAPES: Record<Progression["operation"], { envoi: string; serveur: string }> = {
  analyse: { envoi: "Envoi du fichier pour la simulation", serveur: "Simulation de l'import en cours" },
  import: { envoi: "Envoi du fichier pour l'import", serveur: "Import en cours" },
};

/**
 * The request under way. The DSFR has no progress bar component: a native <progress>, which
 * screen readers know, styled in the DSFR's colours. Its figure is read when the user reaches
 * it; the live region says only the steps (sending, then the server working), not each percent,
 * and what `annonce` says once done.
 */
export function ImportProgression({ progression, annonce }: { progression: Progression | undefined; annonce: string }) {
  const etape = progression && ETAPES[progression.operation];
  const texte = etape === undefined ? annonce : `${progression?.fraction === undefined ? etape.serveur : etape.envoi}…`;
  return (
    <div className={fr.cx("fr-mb-4w")}>
      <p role="status" id="vivier-import-etape" className={fr.cx("fr-mb-1w")}>
        {texte}
      </p>
      {progression !== undefined && (
        <progress
          className="vivier-import-progression"
          aria-labelledby="vivier-import-etape"
          max={1}
          // No value: the server works for a time nobody knows (an indeterminate bar).
          value={progression.fraction}
          aria-valuetext={progression.fraction === undefined ? undefined : pourcentage.format(progression.fraction)}
        />
      )}
    </div>
  );
}
