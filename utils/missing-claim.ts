/**
 * The report a reader copies to suggest a claim the evidence base lacks: the query and nothing else
 * (no page, no address), so pasting it anywhere shares only what the reader typed.
 */
export function missingClaimReport(query: string): string {
  return `Evidence Lens — missing claim\nSearched for: “${query.trim().replace(/\s+/g, ' ')}”\n`;
}
