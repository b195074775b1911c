/**
 * Grouping of local-authority codes outside London into external areas.
 * The raw data carry no LAD-to-region lookup, so the groups follow what the GSS code prefix tells us:
 * the country. E06/E07/E08 (English unitary, non-metropolitan and metropolitan districts) are the rest of
 * England; W06 (Welsh unitary authorities) is Wales. Scotland (S12) and Northern Ireland (N09) are outside
 * the England and Wales Census workday-population definition and are left out (see flows.ts).
 */

export interface ExternalArea {
  id: string;
  name: string;
  /** GSS code prefixes that fall in this area. */
  prefixes: readonly string[];
}

export const EXTERNAL_AREAS: readonly ExternalArea[] = [
  { id: 'EXT-ENG', name: 'Rest of England (outside London)', prefixes: ['E06', 'E07', 'E08'] },
  { id: 'EXT-WAL', name: 'Wales', prefixes: ['W06'] },
];

/** Codes of places outside England and Wales: Scotland council areas, Northern Ireland districts. */
export const OUTSIDE_EW_PREFIXES: readonly string[] = ['S12', 'N09'];

/** Census "place of work" pseudo-codes: not a place, so these people stay at home. */
export const PSEUDO_WORKPLACES: Readonly<Record<string, string>> = {
  OD0000001: 'mainly at or from home',
  OD0000002: 'offshore installation',
  OD0000003: 'no fixed place',
  OD0000004: 'outside the UK',
};

function areaOfOne(code: string): string | null {
  if (!/^[ENSW]\d{8}$/.test(code)) return null;
  const prefix = code.slice(0, 3);
  for (const a of EXTERNAL_AREAS) if (a.prefixes.includes(prefix)) return a.id;
  return null;
}

/**
 * External area id for a non-London LAD code, or null if the code belongs to no group. Merged codes
 * ("E06000052,E06000053", Cornwall + Isles of Scilly) are accepted when all their parts share one area.
 */
export function externalAreaOf(code: string): string | null {
  const areas = new Set(code.split(',').map(areaOfOne));
  return areas.size === 1 ? [...areas][0] : null;
}
