// Amounts in euro, the Dutch way ("€ 12,50"); the API gives cents.
const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

export function formatEuro(cents: number): string {
  return euro.format(cents / 100);
}
