/**
 * The MSOA dataset (data/msoa/): the borough dataset's people spread to the 983 2011 MSOAs so that every
 * borough's residents, in-commuters and out-commuters summed over its MSOAs equal the borough figures exactly.
 * - residents: each borough's Census 2011 residents by its MSOAs' mid-2019 shares (largest remainder);
 * - flows: each borough-to-borough flow split to MSOA pairs: origins by working-age (16-64) residents,
 *   destinations by the workplace proxy (workplaceWeights.ts), margins by largest remainder, filled by the
 *   north-west-corner rule (at most #origins + #destinations - 1 pairs per borough pair);
 * - crime: the sum of each MSOA's LSOAs (MPS, major categories);
 * - stations: the borough dataset's, with the MSOA of their LSOA as zone_id.
 */
import { byCodeUnit, toCsv } from './csv.ts';
import { EXTERNAL_AREAS } from './external.ts';
import type { FlowRow } from './flows.ts';
import { int } from './format.ts';
import { largestRemainder } from './rounding.ts';
import type { Lsoa, SmallArea } from './smallAreas.ts';
import { stationFiles, type Station } from './stations.ts';
import { WEIGHT_SCALE, type Workplaces } from './workplaceWeights.ts';
import { CITY, type Zone } from './zones.ts';

export interface Msoa {
  id: string;
  name: string;
  lad: string;
  lsoas: Lsoa[];
  residents: number;
  working: number;
}

export interface MsoaFlows {
  rows: FlowRow[];
  /** Borough pairs split, and the largest number of MSOA pairs one of them needed. */
  boroughPairs: number;
  maxPairs: number;
}

export function msoasOf(lsoas: readonly Lsoa[], zones: readonly Zone[]): Msoa[] {
  const byId = new Map<string, Msoa>();
  for (const l of lsoas) {
    const m = byId.get(l.msoa) ?? { id: l.msoa, name: l.msoaName, lad: l.lad, lsoas: [], residents: 0, working: 0 };
    if (m.lad !== l.lad) throw new Error(`MSOA ${l.msoa} spans ${m.lad} and ${l.lad}`);
    m.lsoas.push(l);
    byId.set(l.msoa, m);
  }
  const msoas = [...byId.values()].sort((a, b) => byCodeUnit(a.id, b.id));
  for (const z of zones) {
    const mine = msoas.filter((m) => m.lad === z.id);
    if (mine.length === 0) throw new Error(`borough ${z.id} has no MSOA`);
    const shares = mine.map((m) => m.lsoas.reduce((a, l) => a + l.persons, 0));
    largestRemainder(z.residents, shares).forEach((r, i) => (mine[i].residents = r));
    mine.forEach((m) => (m.working = m.lsoas.reduce((a, l) => a + l.working, 0)));
  }
  return msoas;
}

/** North-west corner: a whole-number matrix with the given margins (equal sums) in at most #a + #b - 1 cells. */
export function northWestCorner(a: readonly number[], b: readonly number[]): [number, number, number][] {
  const rows = [...a];
  const cols = [...b];
  const out: [number, number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < rows.length && j < cols.length) {
    const x = Math.min(rows[i], cols[j]);
    if (x > 0) out.push([i, j, x]);
    rows[i] -= x;
    cols[j] -= x;
    if (rows[i] === 0) i++;
    else j++;
  }
  if (rows.some((r) => r !== 0) || cols.some((c) => c !== 0)) throw new Error('northWestCorner: margins differ');
  return out;
}

/** Splits every borough flow to MSOA pairs (see the file comment). */
export function msoaFlows(flows: readonly FlowRow[], msoas: readonly Msoa[], work: Workplaces): MsoaFlows {
  const byLad = new Map<string, Msoa[]>();
  for (const m of msoas) byLad.set(m.lad, [...(byLad.get(m.lad) ?? []), m]);
  const cells = new Map<string, number>();
  let maxPairs = 0;
  for (const f of flows) {
    const from = byLad.get(f.origin);
    const to = byLad.get(f.destination);
    const origins = from ? from.map((m) => m.id) : [f.origin];
    const destinations = to ? to.map((m) => m.id) : [f.destination];
    const a = from ? largestRemainder(f.count, from.map((m) => m.working)) : [f.count];
    const b = to ? largestRemainder(f.count, to.map((m) => Math.round(work.msoa.get(m.id)! * WEIGHT_SCALE))) : [f.count];
    const pairs = northWestCorner(a, b);
    maxPairs = Math.max(maxPairs, pairs.length);
    for (const [i, j, x] of pairs) {
      const k = `${origins[i]}\t${destinations[j]}`;
      cells.set(k, (cells.get(k) ?? 0) + x);
    }
  }
  const rows = [...cells].map(([k, count]) => {
    const [origin, destination] = k.split('\t');
    return { origin, destination, count };
  });
  rows.sort((x, y) => byCodeUnit(x.origin, y.origin) || byCodeUnit(x.destination, y.destination));
  return { rows, boroughPairs: flows.length, maxPairs };
}

/** Recorded crime per MSOA and year: the sum of its LSOAs'. */
export function msoaCrime(msoas: readonly Msoa[], crime: Map<number, Map<string, number>>): string[][] {
  const rows: string[][] = [];
  for (const [year, byLsoa] of [...crime].sort((x, y) => x[0] - y[0])) {
    for (const m of msoas) {
      if (m.lad === CITY) continue; // policed by the City of London Police: no MPS figures
      rows.push([m.id, String(year), int(m.lsoas.reduce((a, l) => a + (byLsoa.get(l.id) ?? 0), 0))]);
    }
  }
  return rows;
}

export interface MsoaFiles {
  files: Map<string, string>;
  flows: MsoaFlows;
}

/** Every file of data/msoa/ except the boundaries and SOURCES. */
export function msoaFiles(
  zones: readonly Zone[], msoas: readonly Msoa[], flows: readonly FlowRow[], work: Workplaces, stations: readonly Station[],
  crime: Map<number, Map<string, number>>, lsoaAreas: readonly SmallArea[],
): MsoaFiles {
  const zoneOf = new Map(zones.map((z) => [z.id, z]));
  const msoaOfLsoa = new Map(msoas.flatMap((m) => m.lsoas.map((l) => [l.id, m.id] as const)));
  if (lsoaAreas.some((a) => !msoaOfLsoa.has(a.id))) throw new Error('an LSOA boundary has no population row');
  const split = msoaFlows(flows, msoas, work);
  const msoaOfStation = new Map(stations.map((s) => {
    const msoa = msoaOfLsoa.get(s.lsoa!);
    if (!msoa) throw new Error(`station ${s.id}: LSOA ${s.lsoa} has no MSOA`);
    return [s.id, msoa] as const;
  }));
  const files = new Map<string, string>([
    ['zones.csv', toCsv(['id', 'name', 'force', 'parent'], msoas.map((m) => [m.id, m.name, zoneOf.get(m.lad)!.force, m.lad]))],
    ['residents.csv', toCsv(['zone_id', 'residents', 'residents_mid2019', 'working_age_mid2019'], msoas.map((m) => [
      m.id, int(m.residents), int(m.lsoas.reduce((a, l) => a + l.persons, 0)), int(m.working),
    ]))],
    ['flows.csv', toCsv(['origin', 'destination', 'count'], split.rows.map((r) => [r.origin, r.destination, int(r.count)]))],
    ['external.csv', toCsv(['id', 'name'], EXTERNAL_AREAS.map((a) => [a.id, a.name]))],
    ['risk.csv', toCsv(['zone_id', 'year', 'crimes'], msoaCrime(msoas, crime))],
    ...Object.entries(stationFiles(stations, (s) => msoaOfStation.get(s.id)!)),
  ]);
  return { files, flows: split };
}
