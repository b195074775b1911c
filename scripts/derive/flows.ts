/**
 * Census 2011 local-authority travel-to-work flows touching London, as zone-to-zone counts.
 * Steps: sum duplicate (From,To) pairs; drop pseudo-workplace rows (home workers etc. stay at home);
 * leave out flows to or from Scotland and Northern Ireland; group the other non-London LADs into external
 * areas; split the merged City of London + Westminster code (residence side by 2011 residents, workplace side
 * by a share solved so the City's workday population is 56 times its residents, as ONS published) with
 * largest-remainder rounding.
 */
import { byCodeUnit, parseCount, toCsv } from './csv.ts';
import { EXTERNAL_AREAS, OUTSIDE_EW_PREFIXES, PSEUDO_WORKPLACES, externalAreaOf } from './external.ts';
import { int } from './format.ts';
import { RAW, type RawFiles } from './raw.ts';
import { largestRemainder } from './rounding.ts';
import { CITY, WESTMINSTER, ZONE_IDS, type Zone } from './zones.ts';

export const MERGED = `${CITY},${WESTMINSTER}`;

export interface FlowRow {
  origin: string;
  destination: string;
  count: number;
}

export interface SplitInfo {
  /** The City's share of flows into the merged code (the rest go to Westminster). */
  cityShare: number;
  /** The City's workday population had the share been its share of 2014 jobs (the earlier method). */
  jobsShareWorkday: number;
  cityJobs: number;
  westminsterJobs: number;
  cityResidents: number;
  westminsterResidents: number;
  /** Source people whose workplace was the merged code (origin elsewhere), split by jobs. */
  intoMerged: number;
  /** Source people whose residence was the merged code (workplace elsewhere), split by residents. */
  fromMerged: number;
  /** Source merged -> merged people and the four cells they were split into. */
  mergedToMerged: number;
  diagonalCells: { cityCity: number; cityWestminster: number; westminsterCity: number; westminsterWestminster: number };
}

export interface FlowsResult {
  rows: FlowRow[];
  stats: {
    rawRows: number;
    rawPeople: number;
    duplicatePairs: number;
    uniquePairs: number;
    pseudoRows: number;
    pseudoPeople: number;
    outsideEwPairs: number;
    /** People living in Scotland/NI and working in London, and the reverse, left out. */
    outsideEwInbound: number;
    outsideEwOutbound: number;
    zeroCellsDropped: number;
    split: SplitInfo;
  };
  files: { 'external.csv': string; 'flows.csv': string };
}

const LONDON_CODES = new Set([...ZONE_IDS.filter((z) => z !== CITY && z !== WESTMINSTER), MERGED]);

type Kind = { kind: 'london'; code: string } | { kind: 'external'; code: string } | { kind: 'outside' } | { kind: 'pseudo' };

function classify(code: string, side: 'From' | 'To', where: string): Kind {
  if (LONDON_CODES.has(code)) return { kind: 'london', code };
  if (code === CITY || code === WESTMINSTER) throw new Error(`${where}: ${code} appears unmerged; the split assumes the merged code`);
  if (code in PSEUDO_WORKPLACES) {
    if (side === 'From') throw new Error(`${where}: pseudo-code ${code} as a place of residence`);
    return { kind: 'pseudo' };
  }
  if (OUTSIDE_EW_PREFIXES.includes(code.slice(0, 3))) return { kind: 'outside' };
  const ext = externalAreaOf(code);
  if (ext === null) throw new Error(`${where}: unknown area code "${code}"`);
  return { kind: 'external', code: ext };
}

function key(o: string, d: string): string {
  return `${o}\t${d}`;
}

function add(map: Map<string, number>, k: string, n: number): void {
  map.set(k, (map.get(k) ?? 0) + n);
}

/** The City's workday population over its residents in ONS's 2011 workday release (31 October 2013): "56 fold". */
export const CITY_WORKDAY_RATIO = 56;
/** The City's workplace share is p / SHARE_SCALE. */
const SHARE_SCALE = 1_000_000_000;

/**
 * Splits flows touching the merged code: from it by residents, into it by the City's workplace share
 * p / SHARE_SCALE, merged -> merged by residents(origin) x share(destination), each by largest remainder.
 */
function splitMerged(grouped: Map<string, number>, city: Zone, wm: Zone, p: number): { final: Map<string, number>; split: SplitInfo } {
  const work = [p, SHARE_SCALE - p];
  const split: SplitInfo = {
    cityShare: p / SHARE_SCALE,
    jobsShareWorkday: 0,
    cityJobs: city.jobs2014,
    westminsterJobs: wm.jobs2014,
    cityResidents: city.residents,
    westminsterResidents: wm.residents,
    intoMerged: 0,
    fromMerged: 0,
    mergedToMerged: 0,
    diagonalCells: { cityCity: 0, cityWestminster: 0, westminsterCity: 0, westminsterWestminster: 0 },
  };
  const pair = [CITY, WESTMINSTER];
  const final = new Map<string, number>();
  for (const [k, n] of grouped) {
    const [o, d] = k.split('\t');
    if (o === MERGED && d === MERGED) {
      const weights = [city.residents * work[0], city.residents * work[1], wm.residents * work[0], wm.residents * work[1]];
      const [cc, cw, wc, ww] = largestRemainder(n, weights);
      split.mergedToMerged += n;
      split.diagonalCells = { cityCity: cc, cityWestminster: cw, westminsterCity: wc, westminsterWestminster: ww };
      add(final, key(CITY, CITY), cc);
      add(final, key(CITY, WESTMINSTER), cw);
      add(final, key(WESTMINSTER, CITY), wc);
      add(final, key(WESTMINSTER, WESTMINSTER), ww);
    } else if (d === MERGED) {
      split.intoMerged += n;
      largestRemainder(n, work).forEach((x, j) => add(final, key(o, pair[j]), x));
    } else if (o === MERGED) {
      split.fromMerged += n;
      largestRemainder(n, [city.residents, wm.residents]).forEach((x, j) => add(final, key(pair[j], d), x));
    } else {
      add(final, k, n);
    }
  }
  return { final, split };
}

export function deriveFlows(raw: RawFiles, zones: readonly Zone[]): FlowsResult {
  const t = raw.table(RAW.flows);
  const [cFlow, cFrom, cTo] = [t.col('Flow'), t.col('From'), t.col('To')];

  // 1. Sum duplicate (From, To) pairs.
  const summed = new Map<string, number>();
  const seen = new Map<string, number>();
  let rawPeople = 0;
  for (const [i, r] of t.rows.entries()) {
    const n = parseCount(r[cFlow], `${t.label} line ${i + 2}`);
    const k = key(r[cFrom].trim(), r[cTo].trim());
    add(summed, k, n);
    add(seen, k, 1);
    rawPeople += n;
  }
  const duplicatePairs = [...seen.values()].filter((c) => c > 1).length;

  // 2. Classify endpoints and group external LADs.
  const grouped = new Map<string, number>();
  let pseudoRows = 0;
  let pseudoPeople = 0;
  let outsideEwPairs = 0;
  let outsideEwInbound = 0;
  let outsideEwOutbound = 0;
  for (const [k, n] of summed) {
    const [from, to] = k.split('\t');
    const where = `${t.label} pair ${from} -> ${to}`;
    const o = classify(from, 'From', where);
    const d = classify(to, 'To', where);
    if (d.kind === 'pseudo') {
      pseudoRows += 1;
      pseudoPeople += n;
      continue;
    }
    if (o.kind === 'outside' || d.kind === 'outside') {
      if (o.kind === 'outside' && d.kind === 'outside') throw new Error(`${where}: neither end in London`);
      outsideEwPairs += 1;
      if (o.kind === 'outside') outsideEwInbound += n;
      else outsideEwOutbound += n;
      continue;
    }
    if (o.kind === 'pseudo') throw new Error(`${where}: pseudo-code as a place of residence`);
    if (o.kind !== 'london' && d.kind !== 'london') throw new Error(`${where}: neither end in London`);
    add(grouped, key(o.code, d.code), n);
  }

  // 3. Split the merged City + Westminster code: residence side by residents, workplace side by a share
  //    solved so that the City's workday population is ONS's 56 times its residents.
  const zone = (id: string): Zone => zones.find((z) => z.id === id)!;
  const [city, wm] = [zone(CITY), zone(WESTMINSTER)];
  const target = CITY_WORKDAY_RATIO * city.residents;
  const cityWorkday = (final: Map<string, number>): number => {
    let w = city.residents;
    for (const [k, n] of final) {
      const [o, d] = k.split('\t');
      if (o === d) continue;
      if (o === CITY) w -= n;
      if (d === CITY) w += n;
    }
    return w;
  };
  // W_City grows with the City's workplace share p / SHARE_SCALE: bisect for the share closest to the target.
  let lo = 0;
  let hi = SHARE_SCALE;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (cityWorkday(splitMerged(grouped, city, wm, mid).final) < target) lo = mid;
    else hi = mid;
  }
  const best = [lo, hi].reduce((a, b) =>
    Math.abs(cityWorkday(splitMerged(grouped, city, wm, b).final) - target) < Math.abs(cityWorkday(splitMerged(grouped, city, wm, a).final) - target) ? b : a,
  );
  const { final, split } = splitMerged(grouped, city, wm, best);
  const jobsShare = city.jobs2014 / (city.jobs2014 + wm.jobs2014);
  split.jobsShareWorkday = cityWorkday(splitMerged(grouped, city, wm, Math.round(jobsShare * SHARE_SCALE)).final);

  // 4. Drop zero cells (a small count split may give 0 to one side) and sort by origin, destination.
  let zeroCellsDropped = 0;
  const rows: FlowRow[] = [];
  for (const [k, n] of final) {
    if (n === 0) {
      zeroCellsDropped += 1;
      continue;
    }
    const [origin, destination] = k.split('\t');
    rows.push({ origin, destination, count: n });
  }
  rows.sort((a, b) => byCodeUnit(a.origin, b.origin) || byCodeUnit(a.destination, b.destination));

  return {
    rows,
    stats: {
      rawRows: t.rows.length,
      rawPeople,
      duplicatePairs,
      uniquePairs: summed.size,
      pseudoRows,
      pseudoPeople,
      outsideEwPairs,
      outsideEwInbound,
      outsideEwOutbound,
      zeroCellsDropped,
      split,
    },
    files: {
      'external.csv': toCsv(['id', 'name'], EXTERNAL_AREAS.map((a) => [a.id, a.name])),
      'flows.csv': toCsv(['origin', 'destination', 'count'], rows.map((r) => [r.origin, r.destination, int(r.count)])),
    },
  };
}
