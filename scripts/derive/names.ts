/** Borough name matching: the raw files spell the 33 London boroughs in different ways. */

/** Spellings seen in London data that are not the ONS name, after normalisation. */
const ALIASES: Record<string, string> = {
  'city of westminster': 'westminster',
  kingston: 'kingston upon thames',
  richmond: 'richmond upon thames',
  'city': 'city of london',
  'the city': 'city of london',
  'hammersmith fulham': 'hammersmith and fulham',
  'barking dagenham': 'barking and dagenham',
  'kensington chelsea': 'kensington and chelsea',
};

/** Lower case, '&' -> 'and', punctuation to spaces, council prefixes removed, known aliases resolved. */
export function normaliseBoroughName(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  s = s.replace(/^(london borough of|royal borough of) /, '');
  return ALIASES[s] ?? s;
}

/**
 * Join zones to a list of names from another source. Every zone must match exactly one candidate and
 * no candidate may match two zones; with `requireAll`, every candidate must be used. Fails loudly.
 */
export function matchNames(
  zones: readonly { id: string; name: string }[],
  candidates: readonly string[],
  label: string,
  requireAll: boolean,
): Map<string, string> {
  const byKey = new Map<string, string[]>();
  for (const c of candidates) {
    const k = normaliseBoroughName(c);
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const problems: string[] = [];
  const result = new Map<string, string>();
  const used = new Set<string>();
  for (const z of zones) {
    const hits = byKey.get(normaliseBoroughName(z.name)) ?? [];
    if (hits.length !== 1) {
      problems.push(`${z.id} "${z.name}": ${hits.length === 0 ? 'no match' : `ambiguous (${hits.join(' | ')})`}`);
      continue;
    }
    result.set(z.id, hits[0]);
    used.add(hits[0]);
  }
  if (requireAll) {
    for (const c of candidates) if (!used.has(c)) problems.push(`"${c}" matches no zone`);
  }
  if (problems.length > 0) throw new Error(`${label}: name matching failed:\n  ${problems.join('\n  ')}`);
  return result;
}
