/** MPS recorded crime per borough per calendar year (all categories summed). */
import { byCodeUnit, parseCount, toCsv } from './csv.ts';
import { int } from './format.ts';
import { matchNames } from './names.ts';
import { RAW, type RawFiles } from './raw.ts';
import { CITY, type Zone } from './zones.ts';

export const RISK_YEARS: readonly number[] = [2015, 2019];
/** Not a borough: crime at the two airports, recorded separately by the MPS. Left out. */
export const AIRPORTS = 'London Heathrow and London City Airports';

export interface RiskResult {
  /** year -> zone id -> crimes */
  byYear: Map<number, Map<string, number>>;
  /** year -> all MPS rows including the airports pseudo-borough */
  mpsTotal: Map<number, number>;
  airports: Map<number, number>;
  files: { 'risk.csv': string };
}

export function deriveRisk(raw: RawFiles, zones: readonly Zone[]): RiskResult {
  const t = raw.table(RAW.crime);
  const cBorough = t.col('LookUp_BoroughName');
  const names = [...new Set(t.rows.map((r) => r[cBorough].trim()))].filter((n) => n !== AIRPORTS);
  // The City of London is policed by the City of London Police and has no MPS rows.
  const mpsZones = zones.filter((z) => z.id !== CITY);
  const nameOf = matchNames(mpsZones, names, t.label, true);
  const zoneOfName = new Map([...nameOf].map(([id, n]) => [n, id]));

  const byYear = new Map<number, Map<string, number>>();
  const mpsTotal = new Map<number, number>();
  const airports = new Map<number, number>();
  for (const year of RISK_YEARS) {
    const cols = Array.from({ length: 12 }, (_, m) => t.col(`${year}${String(m + 1).padStart(2, '0')}`));
    const sums = new Map(mpsZones.map((z) => [z.id, 0]));
    let all = 0;
    let air = 0;
    for (const [i, r] of t.rows.entries()) {
      const n = cols.reduce((acc, c) => acc + parseCount(r[c], `${t.label} line ${i + 2}`), 0);
      all += n;
      const name = r[cBorough].trim();
      if (name === AIRPORTS) air += n;
      else sums.set(zoneOfName.get(name)!, sums.get(zoneOfName.get(name)!)! + n);
    }
    byYear.set(year, sums);
    mpsTotal.set(year, all);
    airports.set(year, air);
  }
  const rows: string[][] = [];
  for (const year of RISK_YEARS) {
    const sums = byYear.get(year)!;
    for (const id of [...sums.keys()].sort(byCodeUnit)) rows.push([id, String(year), int(sums.get(id)!)]);
  }
  return { byYear, mpsTotal, airports, files: { 'risk.csv': toCsv(['zone_id', 'year', 'crimes'], rows) } };
}
