/**
 * The agent's request for a cumul d'activités, field by field as annex 3 of the note asks it:
 * the expert, their main activity, the accessory activity (organisme, nature, dates, duration and
 * frequency, pay, particular conditions), the other accessory activities, and the sworn statement
 * (code pénal art. 432-12), which must be given to deposit the request.
 *
 * A draft is kept as typed; these are the checks of deposit (the guard of `deposer`).
 */
import { z } from "zod";
import { dateIso, finApresDebut, lire, texteFacultatif, texteObligatoire } from "./champs";
import { QUOTITES } from "./vocabulaire-donnees";

export { LIBELLES_QUOTITE, QUOTITES } from "./vocabulaire-donnees";

export const schemaDemandeCumul = z
  .strictObject(
    {
      expert: z.strictObject(
        {
          nom: texteObligatoire("le nom", 100),
          prenom: texteObligatoire("le prénom", 100),
          grade: texteObligatoire("le grade", 200),
          service: texteObligatoire("le bureau, la direction ou le service", 300),
          adresseProfessionnelle: texteObligatoire("l'adresse professionnelle", 500),
          telephone: texteFacultatif("le téléphone", 30),
          courriel: z.email({ error: "l'adresse électronique n'est pas valide" }),
        },
        { error: "l'expert s'écrit { nom, prenom, grade, service, adresseProfessionnelle, telephone?, courriel }" },
      ),
      activitePrincipale: z.strictObject(
        {
          fonctions: texteObligatoire("les fonctions exercées", 2000),
          quotite: z.enum(QUOTITES, { error: "indiquez si les fonctions sont exercées à temps complet ou à temps partiel" }),
          quotitePourcentage: z
            .number({ error: "la quotité de temps partiel est un pourcentage" })
            .int({ error: "la quotité de temps partiel est un pourcentage entier" })
            .min(50, { error: "la quotité de temps partiel est d'au moins 50 %" })
            .max(99, { error: "la quotité de temps partiel est d'au plus 99 %" })
            .optional(),
        },
        { error: "l'activité principale s'écrit { fonctions, quotite, quotitePourcentage? }" },
      ),
      activiteAccessoire: z.strictObject(
        {
          description: texteObligatoire("la description de l'activité envisagée", 4000),
          organisme: z.strictObject(
            {
              identite: texteObligatoire("l'identité de l'organisme", 300),
              nature: texteObligatoire("la nature de l'organisme", 300),
              secteur: texteObligatoire("le secteur d'activité de l'organisme", 300),
            },
            { error: "l'organisme s'écrit { identite, nature, secteur }" },
          ),
          nature: texteObligatoire("la nature de l'activité accessoire", 1000),
          dateDebut: dateIso("le début de l'activité"),
          dateFin: dateIso("la fin de l'activité"),
          dureePeriodiciteHoraires: texteObligatoire("la durée, la périodicité et les horaires approximatifs", 1000),
          remuneration: texteObligatoire("les conditions de rémunération", 1000),
          conditionsParticulieres: texteFacultatif("les conditions particulières de réalisation", 2000),
        },
        { error: "l'activité accessoire s'écrit { description, organisme, nature, dateDebut, dateFin, dureePeriodiciteHoraires, remuneration, conditionsParticulieres? }" },
      ),
      autresActivitesAccessoires: z.strictObject(
        {
          exerce: z.boolean({ error: "indiquez si vous exercez déjà une ou plusieurs activités accessoires (oui ou non)" }),
          description: texteFacultatif("la description des autres activités accessoires", 4000),
        },
        { error: "les autres activités accessoires s'écrivent { exerce, description? }" },
      ),
      declarationSurLHonneur: z.strictObject(
        {
          souscrite: z.boolean({ error: "la déclaration sur l'honneur est à cocher" }),
          faitA: texteObligatoire("le lieu de la déclaration", 200),
          le: dateIso("la date de la déclaration"),
        },
        { error: "la déclaration sur l'honneur s'écrit { souscrite, faitA, le }" },
      ),
    },
    { error: "la demande de cumul est un objet JSON" },
  )
  .superRefine((d, ctx) => {
    // Across fields; also run when some failed, so only on values of the right type.
    const { activitePrincipale: p, activiteAccessoire: a, autresActivitesAccessoires: autres, declarationSurLHonneur: decl } = d;
    if (p?.quotite === "temps_partiel" && p.quotitePourcentage === undefined) {
      ctx.addIssue({ code: "custom", path: ["activitePrincipale", "quotitePourcentage"], message: "indiquez la quotité du temps partiel" });
    }
    if (a) finApresDebut(a.dateDebut, a.dateFin, ctx, ["activiteAccessoire", "dateFin"], "la fin de l'activité précède son début");
    if (autres?.exerce === true && !autres.description) {
      ctx.addIssue({ code: "custom", path: ["autresActivitesAccessoires", "description"], message: "décrivez les activités accessoires que vous exercez déjà" });
    }
    if (decl?.souscrite === false) {
      ctx.addIssue({
        code: "custom",
        path: ["declarationSurLHonneur", "souscrite"],
        message: "la demande ne peut être déposée sans la déclaration sur l'honneur (code pénal art. 432-12)",
      });
    }
  });

export type DemandeCumul = z.output<typeof schemaDemandeCumul>;
export type DemandeCumulSaisie = z.input<typeof schemaDemandeCumul>;

/** The request, or its errors field by field (`activiteAccessoire.organisme.nature`…). */
export const lireDemandeCumul = (entree: unknown) => lire(schemaDemandeCumul, entree, "demande");
