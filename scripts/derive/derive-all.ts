/** Run every derivation step and return the output files (in memory) and a printable report. */
import { loadBoundaries } from './boundaries.ts';
import { CITY_WORKDAY_RATIO, deriveFlows, type FlowsResult } from './flows.ts';
import { fixed, percent, signedThousands, thousands } from './format.ts';
import { rawFiles } from './raw.ts';
import { deriveRisk, type RiskResult } from './risk.ts';
import { readAreaBoundaries } from './smallAreas.ts';
import { sourcesMarkdown } from './sources-md.ts';
import { deriveStations, type StationsResult } from './stations.ts';
import { deriveSupply } from './supply.ts';
import { TARGETS, workdayFigures, type WorkdayFigures } from './workday.ts';
import { CITY, WESTMINSTER, deriveZones, type ZonesResult } from './zones.ts';

export interface Derived {
  files: Map<string, string>;
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
}

export function datasetJson(): string {
  const manifest = {
    name: 'London boroughs (Census 2011)',
    description:
      'The 33 London local authorities: Census 2011 usual residents and travel-to-work flows (City of London and Westminster split from the merged source code), TfL 2019 station entries and exits (Underground, Overground, DLR, TfL Rail) by 15 minutes for Mon-Thu, Friday, Saturday and Sunday, and MPS recorded crime 2015 and 2019. See SOURCES.md.',
    boundaries: 'npm:vega-datasets/data/londonBoroughs.json',
    topojsonObject: 'boroughs',
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
  const stations = await deriveStations(raw, zones.zones, lsoaAreas);
  const risk = deriveRisk(raw, zones.zones);
  const supply = deriveSupply(raw);
  const results: Results = { zones, flows, workday, stations, risk, supply: supply.values };
  const files = new Map<string, string>([
    ['dataset.json', datasetJson()],
    ...Object.entries(zones.files),
    ...Object.entries(flows.files),
    ...Object.entries(stations.files),
    ...Object.entries(risk.files),
    ['supply.json', supply.file],
    ['SOURCES.md', sourcesMarkdown(results)],
  ]);
  return { files, report: report(results), failures: workday.failures };
}
