/**
 * Station locations (oobrien/vis tubeheartbeat stations), 2015 typical-day entry/exit totals and
 * autumn 2015 weekday 15-minute profiles (TfL RODS), kept for stations inside a London borough.
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Boundaries } from './boundaries.ts';
import { parseCount, parseCsv, parseDecimal, toCsv } from './csv.ts';
import { fixed, int } from './format.ts';
import { RAW, type RawFiles } from './raw.ts';
import type { Zone } from './zones.ts';

const YEAR = '2015';
/** stations.csv total columns and the metric names in station_entry_exit_counts.csv. */
const TOTALS: readonly [string, string][] = [
  ['weekday_in', 'in'],
  ['weekday_out', 'out'],
  ['saturday_in', 'sat_in'],
  ['saturday_out', 'sat_out'],
  ['sunday_in', 'sun_in'],
  ['sunday_out', 'sun_out'],
];
export const SLOTS = 96;
export const SLOT_NAMES: readonly string[] = Array.from(
  { length: SLOTS },
  (_, s) => `${String(Math.floor(s / 4)).padStart(2, '0')}:${String((s % 4) * 15).padStart(2, '0')}`,
);

interface Station {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface StationsResult {
  kept: number;
  withProfileAndTotals: number;
  withProfileOnly: number;
  withTotalsOnly: number;
  /** Kept stations whose profile has only one direction, e.g. "Kensington (Olympia) (out only)". */
  oneDirection: string[];
  sourceStations: number;
  droppedOutsideWithData: string[];
  droppedOutsideNoData: number;
  droppedInsideNoData: string[];
  inTwoZones: string[];
  perZone: Map<string, number>;
  profileRows: number;
  profileStationsDropped: number;
  totalsStationsUnmatched: string[];
  files: { 'stations.csv': string; 'station_profiles.csv': string };
}

/** NLC without zero padding ("0500" -> "500"); null for codes that are not numeric NLCs. */
function nlc(raw: string): string | null {
  const s = raw.trim();
  return /^\d+$/.test(s) ? String(Number(s)) : null;
}

function readStations(raw: RawFiles): Station[] {
  const t = raw.table(RAW.stations);
  const [cId, cName, cLon, cLat] = [t.col('tfl_nlc_id'), t.col('name'), t.col('lon'), t.col('lat')];
  const seen = new Set<string>();
  return t.rows.map((r, i) => {
    const where = `${t.label} line ${i + 2}`;
    const id = nlc(r[cId]);
    if (id === null || seen.has(id)) throw new Error(`${where}: bad or duplicate NLC "${r[cId]}"`);
    seen.add(id);
    return { id, name: r[cName].trim(), lon: parseDecimal(r[cLon], where), lat: parseDecimal(r[cLat], where) };
  });
}

/** 2015 typical-day totals by unpadded NLC and metric. The file has no header. */
function readTotals(raw: RawFiles): Map<string, Map<string, number>> {
  const rows = parseCsv(raw.text(RAW.stationCounts), RAW.stationCounts);
  const wanted = new Set(TOTALS.map(([, m]) => m));
  const out = new Map<string, Map<string, number>>();
  for (const [i, r] of rows.entries()) {
    const where = `${RAW.stationCounts} line ${i + 1}`;
    if (r.length !== 4) throw new Error(`${where}: expected 4 cells (station_id, year, metric, value)`);
    const [rawId, year, metric, value] = r;
    if (year !== YEAR || !wanted.has(metric)) continue;
    const id = nlc(rawId);
    if (id === null) continue; // NR CRS codes and other non-NLC ids cannot join the station list
    const m = out.get(id) ?? new Map<string, number>();
    const v = parseCount(value, where);
    if (m.has(metric) && m.get(metric) !== v) throw new Error(`${where}: conflicting ${metric} for ${rawId}`);
    m.set(metric, v);
    out.set(id, m);
  }
  return out;
}

/** Quarter-hour profiles: NLC -> direction -> 96 slots from 00:00. */
function readProfiles(raw: RawFiles): Map<string, Map<'in' | 'out', number[]>> {
  const all = parseCsv(raw.text(RAW.stationFlows2015), RAW.stationFlows2015);
  const header = all[0].map((h) => h.trim());
  const cId = header.indexOf('station NLC');
  const cAei = header.indexOf('AEI');
  if (cId < 0 || cAei < 0) throw new Error(`${RAW.stationFlows2015}: missing "station NLC" or "AEI" column`);
  // Columns "HHMM-HHMM": the service day runs 05:00 to 02:00; 00:00-01:45 map onto clock slots 0..7.
  const slotOf = new Map<number, number>();
  const used = new Set<number>();
  header.forEach((h, c) => {
    const m = /^(\d{2})(\d{2})-(\d{2})(\d{2})$/.exec(h);
    if (!m) return;
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(m[3]) * 60 + Number(m[4]);
    if (start % 15 !== 0 || (start + 15) % 1440 !== end % 1440) throw new Error(`${RAW.stationFlows2015}: odd column "${h}"`);
    const slot = start / 15;
    if (used.has(slot)) throw new Error(`${RAW.stationFlows2015}: duplicate slot "${h}"`);
    used.add(slot);
    slotOf.set(c, slot);
  });
  if (slotOf.size !== 84) throw new Error(`${RAW.stationFlows2015}: expected 84 quarter-hour columns, found ${slotOf.size}`);
  const out = new Map<string, Map<'in' | 'out', number[]>>();
  for (const [i, r] of all.slice(1).entries()) {
    const where = `${RAW.stationFlows2015} line ${i + 2}`;
    const aei = r[cAei].trim();
    if (aei === 'I') continue; // interchanges are not entries or exits
    if (aei !== 'A' && aei !== 'E') throw new Error(`${where}: AEI "${aei}"`);
    const id = nlc(r[cId]);
    if (id === null) throw new Error(`${where}: bad NLC "${r[cId]}"`);
    const dir = aei === 'A' ? 'in' : 'out';
    const profile = new Array<number>(SLOTS).fill(0);
    for (const [c, slot] of slotOf) profile[slot] = parseCount(r[c], where);
    const m = out.get(id) ?? new Map<'in' | 'out', number[]>();
    if (m.has(dir)) throw new Error(`${where}: duplicate ${id} ${aei}`);
    m.set(dir, profile);
    out.set(id, m);
  }
  return out;
}

export function deriveStations(raw: RawFiles, zones: readonly Zone[], boundaries: Boundaries): StationsResult {
  const stations = readStations(raw);
  const totals = readTotals(raw);
  const profiles = readProfiles(raw);
  // Boundary features in zone-id order, so a point on a shared edge goes to the lower zone id.
  const polys = zones.map((z) => ({ id: z.id, f: boundaries.features[boundaries.ids.indexOf(z.boundaryKey)] }));

  const kept: Station[] = [];
  const res: Omit<
    StationsResult,
    'kept' | 'withProfileAndTotals' | 'withProfileOnly' | 'withTotalsOnly' | 'oneDirection' | 'files' | 'profileRows' | 'profileStationsDropped'
  > = {
    sourceStations: stations.length,
    droppedOutsideWithData: [],
    droppedOutsideNoData: 0,
    droppedInsideNoData: [],
    inTwoZones: [],
    perZone: new Map(zones.map((z) => [z.id, 0])),
    totalsStationsUnmatched: [],
  };
  for (const s of stations) {
    const p = point([s.lon, s.lat]);
    const inside = polys.filter(({ f }) => booleanPointInPolygon(p, f)).map(({ id }) => id);
    const hasData = profiles.has(s.id) || totals.has(s.id);
    if (inside.length === 0) {
      if (hasData) res.droppedOutsideWithData.push(`${s.name} (${s.id})`);
      else res.droppedOutsideNoData += 1;
      continue;
    }
    if (inside.length > 1) res.inTwoZones.push(`${s.name} (${inside.join(', ')})`);
    if (!hasData) {
      res.droppedInsideNoData.push(`${s.name} (${s.id})`);
      continue;
    }
    res.perZone.set(inside[0], res.perZone.get(inside[0])! + 1);
    kept.push(s);
  }
  kept.sort((a, b) => Number(a.id) - Number(b.id));
  const keptIds = new Set(kept.map((s) => s.id));
  const known = new Set(stations.map((s) => s.id));
  res.totalsStationsUnmatched = [...totals.keys()].filter((id) => !known.has(id)).sort((a, b) => Number(a) - Number(b));

  const stationsCsv = toCsv(
    ['id', 'name', 'lon', 'lat', ...TOTALS.map(([c]) => c)],
    kept.map((s) => {
      const t = totals.get(s.id);
      return [s.id, s.name, fixed(s.lon, 6), fixed(s.lat, 6), ...TOTALS.map(([, m]) => (t?.has(m) ? int(t.get(m)!) : ''))];
    }),
  );
  const profileRows: string[][] = [];
  for (const s of kept) {
    const p = profiles.get(s.id);
    if (!p) continue;
    for (const dir of ['in', 'out'] as const) {
      const v = p.get(dir);
      if (v) profileRows.push([s.id, dir, ...v.map(int)]);
    }
  }
  const count = (p: boolean, t: boolean): number => kept.filter((s) => profiles.has(s.id) === p && totals.has(s.id) === t).length;
  const oneDirection = kept
    .filter((s) => profiles.has(s.id) && profiles.get(s.id)!.size === 1)
    .map((s) => `${s.name} (${[...profiles.get(s.id)!.keys()][0]} only)`);
  return {
    ...res,
    kept: kept.length,
    withProfileAndTotals: count(true, true),
    withProfileOnly: count(true, false),
    withTotalsOnly: count(false, true),
    oneDirection,
    profileRows: profileRows.length,
    profileStationsDropped: [...profiles.keys()].filter((id) => !keptIds.has(id)).length,
    files: {
      'stations.csv': stationsCsv,
      'station_profiles.csv': toCsv(['station_id', 'direction', ...SLOT_NAMES], profileRows),
    },
  };
}
