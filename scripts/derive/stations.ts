/**
 * Stations from TfL's own 2019 counts (tfl-counts/ByQhrEntryExit_2019.xlsx), one per NLC, placed by the
 * coordinates of tfl-stations/Stations_20220221.csv and kept when inside a London borough.
 *
 * TfL publishes one record per (mode, NLC). A station's "Station entry / exit" record counts its gates,
 * which may serve several modes; "boarding / alighting" records count one mode's passengers and repeat
 * part of a gated station's count (Bank and Monument's DLR record, for example). So an NLC with a gated
 * record keeps that record alone, and an NLC with only boarding / alighting records (ungated National Rail
 * stations served by the Overground or TfL Rail) sums them.
 */
import { byCodeUnit, parseDecimal, toCsv } from './csv.ts';
import { fixed, int } from './format.ts';
import { RAW, type RawFiles } from './raw.ts';
import { DAY_TYPES, QHR, SERVICE_START, readAnnualised, readQhr, type AnnualRecord, type DayTypeName, type QhrRecord } from './tflCounts.ts';
import { areaAt, type SmallArea } from './smallAreas.ts';
import type { Zone } from './zones.ts';

export const GATED = 'Station entry / exit';
export const SLOT_NAMES: readonly string[] = Array.from(
  { length: QHR },
  (_, s) => `${String(Math.floor(s / 4)).padStart(2, '0')}:${String((s % 4) * 15).padStart(2, '0')}`,
);
/** stations.csv total columns: (column prefix, day type). `weekday` is TfL's Mon-Thu typical day. */
const TOTAL_PREFIX: Record<DayTypeName, string> = { 'mon-thu': 'weekday', friday: 'friday', saturday: 'saturday', sunday: 'sunday' };
const TOTAL_COLUMNS = ['weekday_in', 'weekday_out', 'saturday_in', 'saturday_out', 'sunday_in', 'sunday_out', 'friday_in', 'friday_out'];

export interface Station {
  id: string;
  name: string;
  modes: string[];
  gated: boolean;
  lon: number;
  lat: number;
  /** Borough (zone id) and LSOA containing the station, or null outside London. */
  zone: string | null;
  lsoa: string | null;
  /** day type -> direction -> 96 values in CLOCK columns (00:00 first; 00:00-04:45 are the early hours after the day). */
  profile: Map<DayTypeName, { in: number[]; out: number[] }>;
  total: Map<DayTypeName, { in: number; out: number }>;
}

export interface StationsResult {
  /** Every station with coordinates (inside or outside London). */
  all: Station[];
  /** The kept ones, inside a borough, sorted by NLC. */
  kept: Station[];
  records: number;
  gatedRecordsUsed: number;
  duplicateRecordsDropped: string[];
  summedRecords: string[];
  outside: string[];
  coordinateFixes: string[];
  snapped: string[];
  perZone: Map<string, number>;
  qhrRows: number;
  annual: AnnualRecord[];
  files: { 'stations.csv': string; 'station_profiles.csv': string };
}

interface Located {
  name: string;
  lon: number;
  lat: number;
}

function normalised(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(nr|el|lu|lo|dlr)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Station coordinates by NLC. The list repeats one NLC for two stations; such rows are told apart by name. */
function readLocations(raw: RawFiles): { byNlc: Map<string, Located[]> } {
  const t = raw.table(RAW.tflStations);
  const [cNlc, cName, cLon, cLat] = [t.col('NLC'), t.col('NAME'), t.col('x'), t.col('y')];
  const byNlc = new Map<string, Located[]>();
  for (const [i, r] of t.rows.entries()) {
    const where = `${t.label} line ${i + 2}`;
    const nlc = r[cNlc].trim();
    if (!/^\d+$/.test(nlc)) throw new Error(`${where}: NLC "${nlc}"`);
    const loc = { name: r[cName].trim(), lon: parseDecimal(r[cLon], where), lat: parseDecimal(r[cLat], where) };
    const list = byNlc.get(String(Number(nlc))) ?? [];
    if (!list.some((l) => l.name === loc.name && l.lon === loc.lon && l.lat === loc.lat)) list.push(loc);
    byNlc.set(String(Number(nlc)), list);
  }
  return { byNlc };
}

function locate(nlc: string, name: string, loc: ReturnType<typeof readLocations>, fixes: string[]): Located {
  const want = normalised(name);
  const listed = loc.byNlc.get(nlc) ?? [];
  const byName = listed.filter((l) => normalised(l.name) === want);
  if (byName.length === 1) return byName[0];
  const elsewhere = [...loc.byNlc.values()].flat().filter((l) => normalised(l.name) === want);
  if (listed.length === 1 && elsewhere.length === 0) return listed[0];
  if (elsewhere.length === 1) {
    fixes.push(`${name} (TfL NLC ${nlc}) is listed under another NLC and was joined by name`);
    return elsewhere[0];
  }
  throw new Error(`${RAW.tflStations}: no coordinates for NLC ${nlc} "${name}"`);
}

/** 96 service-order quarter-hours (05:00 first) to clock columns (00:00 first). */
function toClock(qhr: readonly number[]): number[] {
  const out = new Array<number>(QHR).fill(0);
  qhr.forEach((v, c) => (out[(SERVICE_START + c) % QHR] += v));
  return out;
}

/** stations.csv and station_profiles.csv for the given stations, each placed in the zone `zoneOf` names. */
export function stationFiles(kept: readonly Station[], zoneOf: (s: Station) => string): { 'stations.csv': string; 'station_profiles.csv': string } {
  const stationsCsv = toCsv(
    ['id', 'name', 'lon', 'lat', 'zone_id', ...TOTAL_COLUMNS, 'modes'],
    kept.map((s) => [
      s.id, s.name, fixed(s.lon, 6), fixed(s.lat, 6), zoneOf(s),
      ...TOTAL_COLUMNS.map((c) => {
        const [prefix, dir] = c.split('_') as [string, 'in' | 'out'];
        const day = DAY_TYPES.find((d) => TOTAL_PREFIX[d] === prefix)!;
        return int(s.total.get(day)![dir]);
      }),
      s.modes.join(' '),
    ]),
  );
  const profileRows: string[][] = [];
  for (const s of kept) {
    for (const day of DAY_TYPES) {
      for (const dir of ['in', 'out'] as const) profileRows.push([s.id, day, dir, ...s.profile.get(day)![dir].map(int)]);
    }
  }
  return { 'stations.csv': stationsCsv, 'station_profiles.csv': toCsv(['station_id', 'day_type', 'direction', ...SLOT_NAMES], profileRows) };
}

/**
 * Stations are placed in the LSOA containing them (or the nearest within 0.5 km: the boundaries leave the
 * Thames out, and Embankment, Temple and Wapping stand on its bank) and so in that LSOA's borough; the
 * result is written to stations.csv as zone_id, so loaders need no point test against coarser polygons.
 */
export async function deriveStations(raw: RawFiles, zones: readonly Zone[], lsoas: readonly SmallArea[]): Promise<StationsResult> {
  const records = await readQhr(raw.path(RAW.tflQhr2019), RAW.tflQhr2019);
  const annual = await readAnnualised(raw.path(RAW.tflAnnual2019), RAW.tflAnnual2019);
  const loc = readLocations(raw);
  const byNlc = new Map<string, QhrRecord[]>();
  for (const r of records) byNlc.set(r.nlc, [...(byNlc.get(r.nlc) ?? []), r]);

  const res = {
    duplicateRecordsDropped: [] as string[],
    summedRecords: [] as string[],
    outside: [] as string[],
    coordinateFixes: [] as string[],
    snapped: [] as string[],
    perZone: new Map(zones.map((z) => [z.id, 0])),
  };
  const all: Station[] = [];
  let gatedRecordsUsed = 0;
  for (const nlc of [...byNlc.keys()].sort((a, b) => Number(a) - Number(b))) {
    const recs = byNlc.get(nlc)!;
    const modesOf = (rs: QhrRecord[]) => [...new Set(rs.map((r) => r.mode))];
    const gated = recs.filter((r) => r.coverage === GATED);
    if (modesOf(gated).length > 1) throw new Error(`${RAW.tflQhr2019}: NLC ${nlc} has gated records for ${modesOf(gated).join(', ')}`);
    const used = gated.length > 0 ? gated : recs;
    if (gated.length > 0) {
      gatedRecordsUsed += 1;
      for (const m of modesOf(recs.filter((r) => r.coverage !== GATED))) res.duplicateRecordsDropped.push(`${gated[0].station} (${m})`);
    } else if (modesOf(recs).length > 1) res.summedRecords.push(`${recs[0].station} (${modesOf(recs).join(' + ')})`);
    const profile = new Map<DayTypeName, { in: number[]; out: number[] }>();
    const total = new Map<DayTypeName, { in: number; out: number }>();
    for (const day of DAY_TYPES) {
      const p = { in: new Array<number>(QHR).fill(0), out: new Array<number>(QHR).fill(0) };
      const t = { in: 0, out: 0 };
      for (const r of used.filter((x) => x.day === day)) {
        toClock(r.qhr).forEach((v, q) => (p[r.dir][q] += v));
        t[r.dir] += r.total;
      }
      profile.set(day, p);
      total.set(day, t);
    }
    const name = used[0].station;
    const at = locate(nlc, name, loc, res.coordinateFixes);
    const placed = areaAt(lsoas, at.lon, at.lat);
    const zone = placed?.area.lad ?? null;
    if (placed && placed.snappedKm > 0) res.snapped.push(`${name} (${Math.round(placed.snappedKm * 1000)} m to ${placed.area.id})`);
    if (zone === null) res.outside.push(name);
    else res.perZone.set(zone, res.perZone.get(zone)! + 1);
    all.push({ id: nlc, name, modes: modesOf(used), gated: gated.length > 0, lon: at.lon, lat: at.lat, zone, lsoa: placed?.area.id ?? null, profile, total });
  }
  const kept = all.filter((s) => s.zone !== null);

  res.outside.sort(byCodeUnit);
  return {
    ...res,
    all,
    kept,
    records: records.length / (DAY_TYPES.length * 2),
    gatedRecordsUsed,
    qhrRows: records.length,
    annual,
    files: stationFiles(kept, (s) => s.zone!),
  };
}
