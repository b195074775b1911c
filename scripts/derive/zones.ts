/** Zones (the 33 London local authorities) and their Census 2011 residents. */
import { parseCount, parseDecimal, toCsv } from './csv.ts';
import { fixed, int } from './format.ts';
import { matchNames } from './names.ts';
import { RAW, type RawFiles } from './raw.ts';

export const CITY = 'E09000001';
export const WESTMINSTER = 'E09000033';
export const LONDON_REGION = 'E12000007';
export const ZONE_IDS: readonly string[] = Array.from({ length: 33 }, (_, i) => `E0900${String(i + 1).padStart(4, '0')}`);

export interface Zone {
  id: string;
  name: string;
  force: string;
  boundaryKey: string;
  innerOuter: 'inner' | 'outer';
  areaHa: number;
  residents: number;
  residentsMid2019: number;
  residentsMid2020: number;
  /** GLA borough profiles, Number_of_jobs_by_workplace_(2014). */
  jobs2014: number;
}

export interface ZonesResult {
  zones: Zone[];
  londonResidents: number;
  files: { 'zones.csv': string; 'residents.csv': string };
}

function byZone<T>(rows: Map<string, T>, label: string): void {
  const missing = ZONE_IDS.filter((id) => !rows.has(id));
  if (missing.length > 0) throw new Error(`${label}: no row for ${missing.join(', ')}`);
  const extra = [...rows.keys()].filter((id) => !ZONE_IDS.includes(id));
  if (extra.length > 0) throw new Error(`${label}: unexpected codes ${extra.join(', ')}`);
}

function readKs101(raw: RawFiles): { residents: Map<string, number>; area: Map<string, number>; london: number } {
  const t = raw.table(RAW.ks101Boroughs);
  const [code, all, area] = [t.col('GeographyCode'), t.col('KS101EW0001'), t.col('KS101EW0007')];
  const residents = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const [i, r] of t.rows.entries()) {
    const where = `${t.label} line ${i + 2}`;
    if (residents.has(r[code])) throw new Error(`${where}: duplicate ${r[code]}`);
    residents.set(r[code], parseCount(r[all], where));
    areas.set(r[code], parseDecimal(r[area], where));
  }
  byZone(residents, t.label);
  const reg = raw.table(RAW.ks101Region);
  const row = reg.rows.find((r) => r[reg.col('GeographyCode')] === LONDON_REGION);
  if (!row) throw new Error(`${reg.label}: no ${LONDON_REGION} row`);
  const london = parseCount(row[reg.col('KS101EW0001')], reg.label);
  const sum = [...residents.values()].reduce((a, b) => a + b, 0);
  if (sum !== london) throw new Error(`KS101EW: boroughs sum to ${sum}, region says ${london}`);
  return { residents, area: areas, london };
}

function readSape(raw: RawFiles, rel: string): { total: Map<string, number>; names: Map<string, string> } {
  const t = raw.table(rel);
  const [lad, name, persons] = [t.col('LAD11CD'), t.col('LAD11NM'), t.col('Persons_All-Ages')];
  const total = new Map<string, number>();
  const names = new Map<string, string>();
  for (const [i, r] of t.rows.entries()) {
    total.set(r[lad], (total.get(r[lad]) ?? 0) + parseCount(r[persons], `${rel} line ${i + 2}`));
    names.set(r[lad], r[name]);
  }
  byZone(total, rel);
  return { total, names };
}

interface GlaRow {
  name: string;
  innerOuter: 'inner' | 'outer';
  jobs2014: number;
}

function readGla(raw: RawFiles): Map<string, GlaRow> {
  const t = raw.table(RAW.glaProfiles, 'latin1');
  const [code, name, io, jobs] = [
    t.col('Code'),
    t.col('Area_name'),
    t.col('Inner/_Outer_London'),
    t.col('Number_of_jobs_by_workplace_(2014)'),
  ];
  const out = new Map<string, GlaRow>();
  for (const [i, r] of t.rows.entries()) {
    if (r[code].trim() === '') continue; // trailing empty rows in the source
    const where = `${t.label} line ${i + 2}`;
    const label = r[io].trim();
    if (label !== 'Inner London' && label !== 'Outer London') throw new Error(`${where}: inner/outer "${label}"`);
    out.set(r[code], { name: r[name].trim(), innerOuter: label === 'Inner London' ? 'inner' : 'outer', jobs2014: parseCount(r[jobs], where) });
  }
  byZone(out, t.label);
  return out;
}

export function deriveZones(raw: RawFiles, boundaryIds: readonly string[]): ZonesResult {
  const ks = readKs101(raw);
  const s19 = readSape(raw, RAW.sape2019);
  const s20 = readSape(raw, RAW.sape2020);
  const gla = readGla(raw);
  // Official names: GLA Area_name, which must agree with the ONS LAD11NM in the small-area estimates.
  for (const id of ZONE_IDS) {
    const a = gla.get(id)!.name;
    const b = s19.names.get(id)!;
    if (a !== b) throw new Error(`name of ${id} differs: GLA "${a}", ONS "${b}"`);
  }
  const named = ZONE_IDS.map((id) => ({ id, name: gla.get(id)!.name }));
  const keys = matchNames(named, boundaryIds, 'vega-datasets londonBoroughs.json geometry ids', true);
  const zones: Zone[] = ZONE_IDS.map((id) => {
    const g = gla.get(id)!;
    return {
      id,
      name: g.name,
      force: id === CITY ? 'City of London Police' : 'Metropolitan Police Service',
      boundaryKey: keys.get(id)!,
      innerOuter: g.innerOuter,
      areaHa: ks.area.get(id)!,
      residents: ks.residents.get(id)!,
      residentsMid2019: s19.total.get(id)!,
      residentsMid2020: s20.total.get(id)!,
      jobs2014: g.jobs2014,
    };
  });
  const zonesCsv = toCsv(
    ['id', 'name', 'force', 'boundary_key', 'inner_outer', 'area_ha'],
    zones.map((z) => [z.id, z.name, z.force, z.boundaryKey, z.innerOuter, fixed(z.areaHa, 2)]),
  );
  const residentsCsv = toCsv(
    ['zone_id', 'residents', 'residents_mid2019', 'residents_mid2020'],
    zones.map((z) => [z.id, int(z.residents), int(z.residentsMid2019), int(z.residentsMid2020)]),
  );
  return { zones, londonResidents: ks.london, files: { 'zones.csv': zonesCsv, 'residents.csv': residentsCsv } };
}
