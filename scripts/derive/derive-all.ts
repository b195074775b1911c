/** Run every derivation step and return the output files (in memory) and a printable report. */
import { loadBoundaries } from './boundaries.ts';
import { CITY_WORKDAY_RATIO, deriveFlows, type FlowsResult } from './flows.ts';
import { fixed, percent, signedThousands, thousands } from './format.ts';
import { rawFiles } from './raw.ts';
import { RISK_YEARS, deriveRisk, type RiskResult } from './risk.ts';
import { fidelityMarkdown } from './fidelity.ts';
import { msoaFiles, msoasOf } from './msoa.ts';
import { msoaManifest, msoaScenario, msoaSourcesMarkdown } from './msoaSources.ts';
import { lsoaResidents, smallAreasCsv } from './smallAreaLayer.ts';
import { readAreaBoundaries, readLsoaCrime, readLsoas } from './smallAreas.ts';
import { simplifiedTopology, type SimplifiedTopology } from './topology.ts';
import { DEFAULT_BLEND, workplaceWeights } from './workplaceWeights.ts';
import { sourcesMarkdown } from './sources-md.ts';
import { deriveStations, type StationsResult } from './stations.ts';
import { deriveSupply } from './supply.ts';
import { TARGETS, workdayFigures, type WorkdayFigures } from './workday.ts';
import { CITY, WESTMINSTER, deriveZones, type ZonesResult } from './zones.ts';

export interface Derived {
  /** Paths relative to the data folder ('msoa/zones.csv' for the MSOA dataset). */
  files: Map<string, string>;
  /** Paths relative to the docs folder. */
  docs: Map<string, string>;
  report: string[];
  failures: string[];
}

export interface Results {
  zones: ZonesResult;
  flows: FlowsResult;
  workday: WorkdayFigures;
  stations: StationsResult;
  risk: RiskResult;
  supply: Record<string, number>;
  /** The LSOA layer: its size, the simplified boundaries, and the workplace proxy's blend. */
  small: { lsoas: number; topo: SimplifiedTopology; blend: number };
}

/** Share of boundary vertices kept when simplifying (the files stay well under 1 MB and 1.5 MB). */
const MSOA_KEEP = 0.35;
const LSOA_KEEP = 0.3;
/** The workplace proxy's alternative blend for the sensitivity table of docs/data-fidelity.md. */
const ALT_BLEND = 0.9;

export function datasetJson(): string {
  const manifest = {
    name: 'London boroughs (Census 2011)',
    description:
      'The 33 London local authorities: Census 2011 usual residents and travel-to-work flows (City of London and Westminster split from the merged source code), TfL 2019 station entries and exits (Underground, Overground, DLR, TfL Rail) by 15 minutes for Mon-Thu, Friday, Saturday and Sunday, and MPS recorded crime 2015 and 2019. See SOURCES.md.',
    boundaries: 'npm:vega-datasets/data/londonBoroughs.json',
    topojsonObject: 'boroughs',
    smallAreas: { table: 'small_areas.csv', boundaries: 'small_areas.topojson', topojsonObject: 'lsoa' },
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}

function report(r: Results): string[] {
  const s = r.flows.stats.split;
  const w = r.workday;
  const cityW = w.byZone.get(CITY)!.workday;
  const wmW = w.byZone.get(WESTMINSTER)!.workday;
  const lines = [
    `zones: ${r.zones.zones.length}; residents (Census 2011) London ${thousands(w.londonResidents)}`,
    `flows: ${thousands(r.flows.stats.rawRows)} source rows, ${r.flows.stats.duplicatePairs} duplicate pairs summed, ` +
      `${r.flows.stats.pseudoRows} pseudo-workplace pairs (${thousands(r.flows.stats.pseudoPeople)} people) left at home, ` +
      `${thousands(r.flows.stats.outsideEwPairs)} Scotland/NI pairs left out (in ${thousands(r.flows.stats.outsideEwInbound)}, out ${thousands(r.flows.stats.outsideEwOutbound)}), ` +
      `${thousands(r.flows.rows.length)} rows written, ${r.flows.stats.zeroCellsDropped} zero cells dropped`,
    `City/Westminster split: City's workplace share ${fixed(s.cityShare, 6)} (solved for ${CITY_WORKDAY_RATIO}x); residents ${thousands(s.cityResidents)} / ${thousands(s.westminsterResidents)}; ` +
      `City workday ${thousands(cityW)} = ${fixed(cityW / s.cityResidents, 2)}x residents (2014 jobs share would give ${fixed(s.jobsShareWorkday / s.cityResidents, 2)}x), ` +
      `Westminster ${thousands(wmW)} = ${fixed(wmW / s.westminsterResidents, 3)}x`,
    `  merged->merged ${thousands(s.mergedToMerged)} split CC ${thousands(s.diagonalCells.cityCity)}, CW ${thousands(s.diagonalCells.cityWestminster)}, ` +
      `WC ${thousands(s.diagonalCells.westminsterCity)}, WW ${thousands(s.diagonalCells.westminsterWestminster)}`,
    `workday: Wandsworth net ${signedThousands(w.wandsworthNet)} (target ${signedThousands(TARGETS.wandsworthNet)}), ` +
      `Tower Hamlets net ${signedThousands(w.towerHamletsNet)} (target ${signedThousands(TARGETS.towerHamletsNet)}), ` +
      `London workday ${thousands(w.londonWorkday)} (target ${thousands(TARGETS.londonWorkday)}), tolerance ${percent(TARGETS.tolerance, 1)}`,
    `stations (TfL 2019): ${r.stations.records} records, ${r.stations.all.length} stations by NLC, ${r.stations.kept.length} inside London ` +
      `(${r.stations.outside.length} outside); ${r.stations.duplicateRecordsDropped.length} boarding/alighting records dropped as part of a gated count, ` +
      `${r.stations.summedRecords.length} ungated stations summed over modes; coordinate fixes: ${r.stations.coordinateFixes.join('; ') || 'none'}`,
  ];
  for (const [year, sums] of r.risk.byYear) {
    const total = [...sums.values()].reduce((a, b) => a + b, 0);
    lines.push(
      `risk ${year}: 32 boroughs ${thousands(total)}; airports ${thousands(r.risk.airports.get(year)!)}; all MPS ${thousands(r.risk.mpsTotal.get(year)!)}; ` +
        `Westminster ${thousands(sums.get('E09000033')!)}`,
    );
  }
  lines.push(`supply: Met FTE Sep 2019 ${fixed(r.supply.met_officers_fte_sep2019, 1)}, City FTE ${fixed(r.supply.city_of_london_police_fte_sep2019, 1)}`);
  return lines;
}

export async function deriveAll(rawDir: string, projectRoot: string): Promise<Derived> {
  const raw = rawFiles(rawDir);
  const boundaries = loadBoundaries(projectRoot);
  const zones = deriveZones(raw, boundaries.ids);
  const flows = deriveFlows(raw, zones.zones);
  const workday = workdayFigures(zones.zones, flows.rows);
  const lsoaAreas = readAreaBoundaries(raw, 'lsoa');
  const msoaAreas = readAreaBoundaries(raw, 'msoa');
  const stations = await deriveStations(raw, zones.zones, lsoaAreas);
  const lsoas = readLsoas(raw);
  if (lsoas.length !== lsoaAreas.length || lsoas.some((l, i) => l.id !== lsoaAreas[i].id)) throw new Error('LSOA populations and boundaries differ');
  const crime = readLsoaCrime(raw, RISK_YEARS);
  const work = workplaceWeights(lsoas, stations.kept, DEFAULT_BLEND);
  const msoas = msoasOf(lsoas, zones.zones);
  if (msoas.length !== msoaAreas.length || msoas.some((m, i) => m.id !== msoaAreas[i].id)) throw new Error('MSOAs of the LSOA lookup and boundaries differ');
  const msoaOut = msoaFiles(zones.zones, msoas, flows.rows, work, stations.kept, crime, lsoaAreas);
  const msoaTopo = simplifiedTopology(msoaAreas.map((a) => ({ ...a.feature, properties: {} })), 'msoa', MSOA_KEEP);
  const lsoaTopo = simplifiedTopology(lsoaAreas.map((a) => ({ ...a.feature, properties: {} })), 'lsoa', LSOA_KEEP);
  const small = { csv: smallAreasCsv(lsoas, lsoaResidents(lsoas, zones.zones), work, crime), topo: lsoaTopo };
  const risk = deriveRisk(raw, zones.zones);
  const supply = deriveSupply(raw);
  const results: Results = { zones, flows, workday, stations, risk, supply: supply.values, small: { lsoas: lsoas.length, topo: lsoaTopo, blend: DEFAULT_BLEND } };
  const files = new Map<string, string>([
    ['dataset.json', datasetJson()],
    ...Object.entries(zones.files),
    ...Object.entries(flows.files),
    ...Object.entries(stations.files),
    ...Object.entries(risk.files),
    ['supply.json', supply.file],
    ['small_areas.csv', small.csv],
    ['small_areas.topojson', small.topo.text],
    ['SOURCES.md', sourcesMarkdown(results)],
  ]);
  const msoaFilesOut = new Map<string, string>([
    ['dataset.json', msoaManifest()],
    ['scenario.json', msoaScenario()],
    ['msoa.topojson', msoaTopo.text],
    ...msoaOut.files,
  ]);
  const msoaBytes = [...msoaFilesOut.values()].reduce((a, t) => a + Buffer.byteLength(t), 0);
  msoaFilesOut.set('SOURCES.md', msoaSourcesMarkdown({ flows: msoaOut.flows, topo: msoaTopo, zones: msoas.length, bytes: msoaBytes }));
  for (const [name, text] of msoaFilesOut) files.set(`msoa/${name}`, text);
  const lines = report(results);
  const tfl = (i: number, key: 'entries' | 'exits') => stations.annual.reduce((a, rec) => a + rec[key][i], 0);
  const ours = (list: typeof stations.all, day: 'mon-thu' | 'saturday', dir: 'in' | 'out') => list.reduce((a, st) => a + st.total.get(day)![dir], 0);
  lines.push(
    `TfL 2019 typical day, entries (TfL annualised file, all records / our stations / in London): Mon-Thu ${thousands(tfl(0, 'entries'))} / ` +
      `${thousands(ours(stations.all, 'mon-thu', 'in'))} / ${thousands(ours(stations.kept, 'mon-thu', 'in'))}; Saturday ${thousands(tfl(2, 'entries'))} / ` +
      `${thousands(ours(stations.all, 'saturday', 'in'))} / ${thousands(ours(stations.kept, 'saturday', 'in'))}`,
  );
  lines.push(
    `small areas: ${lsoas.length} LSOAs (small_areas.topojson ${thousands(lsoaTopo.text.length)} bytes, ${thousands(lsoaTopo.arcs)} arcs), ` +
      `${msoas.length} MSOAs (msoa.topojson ${thousands(msoaTopo.text.length)} bytes); MSOA flows ${thousands(msoaOut.flows.rows.length)} rows; data/msoa ${thousands(msoaBytes)} bytes`,
  );
  // The fidelity report compares the shipped blend with a station-heavy one.
  const altOut = msoaFiles(zones.zones, msoas, flows.rows, workplaceWeights(lsoas, stations.kept, ALT_BLEND), stations.kept, crime, lsoaAreas);
  const withBoundaries = (m: Map<string, string>) => new Map([...m, ['dataset.json', msoaManifest()], ['msoa.topojson', msoaTopo.text]]);
  const sum2019 = (rows: string) => rows.trim().split('\n').slice(1).map((l) => l.split(',')).filter((c) => c[1] === '2019').reduce((a, c) => a + Number(c[2]), 0);
  const fidelity = await fidelityMarkdown({
    results,
    annual: stations.annual,
    msoa: [
      { blend: DEFAULT_BLEND, files: withBoundaries(msoaOut.files), flows: msoaOut.flows },
      { blend: ALT_BLEND, files: withBoundaries(altOut.files), flows: altOut.flows },
    ],
    lsoaCrime2019: [...crime.get(2019)!.values()].reduce((a, b) => a + b, 0),
    msoaCrime2019: sum2019(msoaOut.files.get('risk.csv')!),
  });
  return { files, docs: new Map([['data-fidelity.md', fidelity]]), report: lines, failures: workday.failures };
}
