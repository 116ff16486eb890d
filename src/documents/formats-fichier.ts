/**
 * The two formats a document renders to. Apart from the engine, so that the API's schemas name
 * them without loading the renderers (pdfmake, docx) into the server at start-up.
 */
export const FORMATS = ["pdf", "docx"] as const;
export type Format = (typeof FORMATS)[number];

export const TYPES_MIME: Record<Format, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
