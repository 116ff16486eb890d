const nombres = new Intl.NumberFormat("fr-FR");

/** "12 345" with French digit grouping. */
export function formaterNombre(n: number): string {
  return nombres.format(n);
}

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** "12 500,00 €", the French way. */
export function formaterEuros(n: number): string {
  return euros.format(n);
}

/** "1 organisation", "2 organisations": in French 0 and 1 take the singular. */
export function pluriel(n: number, singulier: string, plurielForme = `${singulier}s`): string {
  return `${formaterNombre(n)} ${n > 1 ? plurielForme : singulier}`;
}
