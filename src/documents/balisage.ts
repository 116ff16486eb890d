/**
 * The templates' markup (described for their authors in ./README.md): optional passages
 * `{{#si champ}}…{{#sinon}}…{{/si}}`, then blocks read line by line — headings, paragraphs, lists,
 * tables, signatures — whose text still holds the `{{champ}}` placeholders.
 *
 * The passages are chosen before the blocks are read, and the values are put in after: a value that
 * starts with « - » or holds « | » stays text, it never becomes markup.
 */

export type Noeud =
  | { type: "texte"; texte: string; ligne: number }
  | { type: "si"; champ: string; alors: Noeud[]; sinon: Noeud[]; ligne: number };

/**
 * A document block. Texts may hold line breaks (« \n »): the lines of a paragraph, of a signatory,
 * of a multi-line value.
 */
export type Bloc =
  | { type: "titre"; niveau: 1 | 2 | 3; texte: string }
  | { type: "paragraphe"; texte: string }
  | { type: "liste"; numerotee: boolean; elements: string[] }
  | { type: "tableau"; entete: string[] | null; lignes: string[][] }
  | { type: "signatures"; signataires: string[] };

export type Probleme = { ligne: number; message: string };

/** A field's path: words of letters and digits joined by dots (agent.nom, mad.dateDebut). */
export const MOTIF_CHEMIN = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
/** A placeholder, `{{agent.nom}}` (spaces allowed inside the braces). */
export const MOTIF_CHAMP = /\{\{\s*([^{}#/\s][^{}]*?)\s*\}\}/g;
const MOTIF_BALISE = /\{\{\s*([#/][^{}]*?)\s*\}\}/g;

type Jeton = { type: "texte"; texte: string; ligne: number } | { type: "balise"; contenu: string; ligne: number };

/** Text and tags; a line holding nothing but a tag disappears whole, its line break too. */
function decouper(corps: string, premiereLigne: number): Jeton[] {
  const jetons: Jeton[] = [];
  const lignes = corps.split("\n");
  lignes.forEach((ligne, i) => {
    const numero = premiereLigne + i;
    const finDeLigne = i < lignes.length - 1 ? "\n" : "";
    const seule = /^\s*\{\{\s*([#/][^{}]*?)\s*\}\}\s*$/.exec(ligne);
    if (seule) {
      jetons.push({ type: "balise", contenu: seule[1]!, ligne: numero });
      return;
    }
    let position = 0;
    for (const m of ligne.matchAll(MOTIF_BALISE)) {
      if (m.index > position) jetons.push({ type: "texte", texte: ligne.slice(position, m.index), ligne: numero });
      jetons.push({ type: "balise", contenu: m[1]!, ligne: numero });
      position = m.index + m[0].length;
    }
    jetons.push({ type: "texte", texte: ligne.slice(position) + finDeLigne, ligne: numero });
  });
  return jetons;
}

/** The tree of optional passages of a template's body; `premiereLigne` numbers the problems. */
export function analyserCorps(corps: string, premiereLigne = 1): { noeuds: Noeud[]; problemes: Probleme[] } {
  const problemes: Probleme[] = [];
  const racine: Noeud[] = [];
  type Ouvert = { noeud: Extract<Noeud, { type: "si" }>; dansSinon: boolean };
  const pile: Ouvert[] = [];
  const courant = (): Noeud[] => {
    const haut = pile.at(-1);
    if (!haut) return racine;
    return haut.dansSinon ? haut.noeud.sinon : haut.noeud.alors;
  };
  for (const jeton of decouper(corps, premiereLigne)) {
    if (jeton.type === "texte") {
      if (/\{\{|\}\}/.test(jeton.texte.replace(MOTIF_CHAMP, ""))) problemes.push({ ligne: jeton.ligne, message: "accolades {{ }} mal formées" });
      if (jeton.texte) courant().push(jeton);
      continue;
    }
    const si = /^#si\s+(\S+)$/.exec(jeton.contenu);
    if (si) {
      const champ = si[1]!;
      if (!MOTIF_CHEMIN.test(champ)) problemes.push({ ligne: jeton.ligne, message: `nom de champ invalide dans {{#si ${champ}}}` });
      const noeud: Extract<Noeud, { type: "si" }> = { type: "si", champ, alors: [], sinon: [], ligne: jeton.ligne };
      courant().push(noeud);
      pile.push({ noeud, dansSinon: false });
    } else if (/^#sinon$/.test(jeton.contenu)) {
      const haut = pile.at(-1);
      if (!haut) problemes.push({ ligne: jeton.ligne, message: "{{#sinon}} hors d'un bloc {{#si …}}" });
      else if (haut.dansSinon) problemes.push({ ligne: jeton.ligne, message: `second {{#sinon}} pour le {{#si ${haut.noeud.champ}}} de la ligne ${haut.noeud.ligne}` });
      else haut.dansSinon = true;
    } else if (/^\/si$/.test(jeton.contenu)) {
      if (!pile.pop()) problemes.push({ ligne: jeton.ligne, message: "{{/si}} sans {{#si …}} ouvert" });
    } else {
      problemes.push({ ligne: jeton.ligne, message: `balise inconnue {{${jeton.contenu}}} (connues : {{#si champ}}, {{#sinon}}, {{/si}})` });
    }
  }
  for (const { noeud } of pile) problemes.push({ ligne: noeud.ligne, message: `{{#si ${noeud.champ}}} jamais fermé par {{/si}}` });
  return { noeuds: racine, problemes };
}

/** The body with the passages chosen; each output line keeps the number of its source line. */
export function deplier(noeuds: Noeud[], estVrai: (champ: string) => boolean): { texte: string; lignes: number[] } {
  let texte = "";
  const lignes: number[] = [];
  let debutDeLigne = true;
  const parcourir = (liste: Noeud[]) => {
    for (const n of liste) {
      if (n.type === "si") {
        parcourir(estVrai(n.champ) ? n.alors : n.sinon);
        continue;
      }
      for (const morceau of n.texte.split(/(?<=\n)/)) {
        if (debutDeLigne) lignes.push(n.ligne);
        texte += morceau;
        debutDeLigne = morceau.endsWith("\n");
      }
    }
  };
  parcourir(noeuds);
  return { texte, lignes };
}

/** Every placeholder and condition of the tree, with the conditions it sits under. */
export function parcourirChamps(noeuds: Noeud[], visiter: (champ: string, ligne: number, conditions: string[], commeCondition: boolean) => void) {
  const parcourir = (liste: Noeud[], conditions: string[]) => {
    for (const n of liste) {
      if (n.type === "si") {
        visiter(n.champ, n.ligne, conditions, true);
        parcourir(n.alors, [...conditions, n.champ]);
        parcourir(n.sinon, [...conditions, n.champ]);
      } else {
        for (const m of n.texte.matchAll(MOTIF_CHAMP)) visiter(m[1]!, n.ligne, conditions, false);
      }
    }
  };
  parcourir(noeuds, []);
}

const TITRE = /^(#{1,3})\s+(.+)$/;
const PUCE = /^[-*]\s+(.+)$/;
const NUMERO = /^\d+[.)]\s+(.+)$/;
const RANGEE = /^\|.*\|$/;
const SEPARATEUR = /^\|(\s*:?-{3,}:?\s*\|)+$/;

const cellules = (rangee: string) => rangee.slice(1, -1).split("|").map((c) => c.trim());

/** The blocks of a body whose passages are chosen (see `deplier`). */
export function analyserBlocs(texte: string, numeros: number[] = []): { blocs: Bloc[]; problemes: Probleme[] } {
  const lignes = texte.split("\n").map((l) => l.trimEnd());
  const blocs: Bloc[] = [];
  const problemes: Probleme[] = [];
  const numero = (i: number) => numeros[i] ?? i + 1;
  let i = 0;
  const estSpeciale = (l: string) => TITRE.test(l) || PUCE.test(l) || NUMERO.test(l) || RANGEE.test(l) || l.startsWith(":::");
  while (i < lignes.length) {
    const ligne = lignes[i]!;
    if (!ligne.trim()) {
      i++;
      continue;
    }
    const titre = TITRE.exec(ligne);
    if (titre) {
      blocs.push({ type: "titre", niveau: titre[1]!.length as 1 | 2 | 3, texte: titre[2]!.trim() });
      i++;
      continue;
    }
    if (PUCE.test(ligne) || NUMERO.test(ligne)) {
      const numerotee = NUMERO.test(ligne);
      const motif = numerotee ? NUMERO : PUCE;
      const elements: string[] = [];
      for (let m = motif.exec(lignes[i] ?? ""); m; m = motif.exec(lignes[i] ?? "")) {
        elements.push(m[1]!.trim());
        i++;
      }
      blocs.push({ type: "liste", numerotee, elements });
      continue;
    }
    if (RANGEE.test(ligne)) {
      const debut = i;
      const rangees: string[] = [];
      while (i < lignes.length && RANGEE.test(lignes[i]!)) rangees.push(lignes[i++]!);
      const avecEntete = rangees.length > 1 && SEPARATEUR.test(rangees[1]!);
      const entete = avecEntete ? cellules(rangees[0]!) : null;
      const corps = (avecEntete ? rangees.slice(2) : rangees).map(cellules);
      const colonnes = (entete ?? corps[0] ?? []).length;
      corps.forEach((r, k) => {
        if (r.length !== colonnes) problemes.push({ ligne: numero(debut + k + (avecEntete ? 2 : 0)), message: `le tableau a ${colonnes} colonnes, cette ligne en a ${r.length}` });
      });
      rangees.forEach((r, k) => {
        if (SEPARATEUR.test(r) && !(avecEntete && k === 1)) problemes.push({ ligne: numero(debut + k), message: "ligne de tirets ailleurs que sous l'en-tête du tableau" });
      });
      blocs.push({ type: "tableau", entete, lignes: corps.filter((r) => !SEPARATEUR.test(`|${r.join("|")}|`)) });
      continue;
    }
    if (ligne.startsWith(":::")) {
      const genre = ligne.slice(3).trim();
      const debut = i;
      if (genre !== "signatures") problemes.push({ ligne: numero(i), message: `bloc inconnu « ::: ${genre} » (connu : « ::: signatures »)` });
      i++;
      const signataires: string[] = [];
      let courant: string[] = [];
      while (i < lignes.length && lignes[i]!.trim() !== ":::") {
        const l = lignes[i++]!.trim();
        if (l) courant.push(l);
        else if (courant.length) {
          signataires.push(courant.join("\n"));
          courant = [];
        }
      }
      if (courant.length) signataires.push(courant.join("\n"));
      if (i >= lignes.length) problemes.push({ ligne: numero(debut), message: "bloc « ::: » jamais fermé par une ligne « ::: »" });
      if (!signataires.length) problemes.push({ ligne: numero(debut), message: "bloc de signatures vide" });
      i++;
      blocs.push({ type: "signatures", signataires });
      continue;
    }
    const paragraphe: string[] = [];
    while (i < lignes.length && lignes[i]!.trim() && (paragraphe.length === 0 || !estSpeciale(lignes[i]!))) paragraphe.push(lignes[i++]!.trim());
    blocs.push({ type: "paragraphe", texte: paragraphe.join("\n") });
  }
  return { blocs, problemes };
}

/** The same blocks with every text transformed (values put in, typography). */
export function transformerTextes(blocs: Bloc[], f: (texte: string) => string): Bloc[] {
  return blocs.map((b): Bloc => {
    switch (b.type) {
      case "titre":
      case "paragraphe":
        return { ...b, texte: f(b.texte) };
      case "liste":
        return { ...b, elements: b.elements.map(f) };
      case "tableau":
        return { ...b, entete: b.entete?.map(f) ?? null, lignes: b.lignes.map((r) => r.map(f)) };
      case "signatures":
        return { ...b, signataires: b.signataires.map(f) };
    }
  });
}
