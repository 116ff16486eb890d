/**
 * What a file really is, read from its first bytes (its "magic number"), never from the name or
 * the type the browser claims: a CV called cv.pdf that is an executable must be refused.
 */
export type TypeFichier = "pdf" | "docx" | "xlsx" | "png" | "jpeg";

export const TYPES_MIME: Record<TypeFichier, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpeg: "image/jpeg",
};

export const LIBELLES_TYPE_FICHIER: Record<TypeFichier, string> = {
  pdf: "PDF",
  docx: "Word (DOCX)",
  xlsx: "Excel (XLSX)",
  png: "image PNG",
  jpeg: "image JPEG",
};

const commencePar = (octets: Uint8Array, signature: number[], decalage = 0) =>
  octets.length >= decalage + signature.length && signature.every((o, i) => octets[decalage + i] === o);

/** Whether an ASCII string appears among the bytes (zip entry names are stored in clear). */
function contientTexte(octets: Uint8Array, texte: string): boolean {
  const cible = Array.from(texte, (c) => c.charCodeAt(0));
  const limite = octets.length - cible.length;
  for (let i = 0; i <= limite; i++) {
    let j = 0;
    while (j < cible.length && octets[i + j] === cible[j]) j++;
    if (j === cible.length) return true;
  }
  return false;
}

export function detecterTypeFichier(octets: Uint8Array): TypeFichier | undefined {
  if (commencePar(octets, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (commencePar(octets, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (commencePar(octets, [0xff, 0xd8, 0xff])) return "jpeg";
  if (commencePar(octets, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML documents are zip files; their parts tell which kind.
    if (!contientTexte(octets, "[Content_Types].xml")) return undefined;
    if (contientTexte(octets, "word/")) return "docx";
    if (contientTexte(octets, "xl/")) return "xlsx";
  }
  return undefined;
}

export type VerificationFichier =
  | { ok: true; type: TypeFichier; typeMime: string }
  | { ok: false; code: "trop_volumineux" | "type_non_supporte" | "validation"; message: string };

/** Checks an upload against the size limit and the kinds accepted for its purpose. */
export function verifierFichier(octets: Uint8Array, acceptes: readonly TypeFichier[], tailleMax: number): VerificationFichier {
  if (octets.length === 0) return { ok: false, code: "validation", message: "Le fichier est vide." };
  if (octets.length > tailleMax) {
    return {
      ok: false,
      code: "trop_volumineux",
      message: `Le fichier dépasse la taille maximale de ${formaterTaille(tailleMax)} (il fait ${formaterTaille(octets.length)}).`,
    };
  }
  const type = detecterTypeFichier(octets);
  if (!type || !acceptes.includes(type)) {
    return {
      ok: false,
      code: "type_non_supporte",
      message: `Type de fichier non accepté : formats acceptés ${acceptes.map((t) => LIBELLES_TYPE_FICHIER[t]).join(", ")}.`,
    };
  }
  return { ok: true, type, typeMime: TYPES_MIME[type] };
}

export function formaterTaille(octets: number): string {
  if (octets < 1024) return `${octets} octets`;
  if (octets < 1024 * 1024) return `${(octets / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Ko`;
  return `${(octets / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/** A file name safe to store and to send back in a Content-Disposition header. */
export function nettoyerNomFichier(nom: string): string {
  const base = nom.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const propre = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim().slice(0, 200);
  return propre || "fichier";
}
