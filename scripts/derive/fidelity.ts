/**
 * docs/data-fidelity.md, generated: every published figure the data can be checked against, with its source
 * and our value; where the finer data rests on a proxy; and how much the MSOA results move with the proxy.
 * The MSOA datasets are loaded with the project's own loader and run through its own presence model.
 */
import { loadDataset } from '../../src/io/loadDataset.ts';
import { sourceFromText } from '../../src/io/sourceFile.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { presence } from '../../src/model/presence.ts';
import { slotOf } from '../../src/model/time.ts';
import { workdayPopulation } from '../../src/model/workday.ts';
import { fixed, percent, signedThousands, thousands } from './format.ts';
import type { Results } from './derive-all.ts';
import type { MsoaFlows } from './msoa.ts';
import { RAW } from './raw.ts';
import type { AnnualRecord } from './tflCounts.ts';
import { CITY_TARGET, TARGETS } from './workday.ts';
import { CITY, WESTMINSTER, type Zone } from './zones.ts';

export interface FidelityInput {
  results: Results;
  annual: AnnualRecord[];
  /** The MSOA dataset's files at the default blend and at the alternative one. */
  msoa: { blend: number; files: Map<string, string>; flows: MsoaFlows }[];
  lsoaCrime2019: number;
  msoaCrime2019: number;
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

async function load(files: Map<string, string>): Promise<Dataset> {
  const r = await loadDataset([...files].map(([name, text]) => sourceFromText(name, text)));
  if (!r.ok) throw new Error(`MSOA dataset does not load: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.dataset;
}

const diff = (ours: number, published: number): string => percent((ours - published) / Math.abs(published), 2);

export async function fidelityMarkdown(f: FidelityInput): Promise<string> {
  const r = f.results;
  const w = r.workday;
  const z = (id: string) => w.byZone.get(id)!;
  const ratio = (id: string) => z(id).workday / z(id).residents;
  const census = [
    ['Wandsworth, workday minus residents', 'RSA, Safer Together (2015), from the 2011 Census', signedThousands(TARGETS.wandsworthNet), signedThousands(w.wandsworthNet), diff(w.wandsworthNet, TARGETS.wandsworthNet)],
    ['Tower Hamlets, workday minus residents', 'RSA, Safer Together (2015), from the 2011 Census', signedThousands(TARGETS.towerHamletsNet), signedThousands(w.towerHamletsNet), diff(w.towerHamletsNet, TARGETS.towerHamletsNet)],
    ['London workday population', 'GLA, Key Findings: Workday Population (October 2013)', '8.68 million', thousands(w.londonWorkday), diff(w.londonWorkday, 8.68e6)],
    ['City of London, workday / residents', 'ONS, 2011 Census workday population release (31 October 2013): "56 fold"', `${CITY_TARGET.ratio}x (${thousands(CITY_TARGET.ratio * z(CITY).residents)})`, `${fixed(ratio(CITY), 2)}x (${thousands(z(CITY).workday)})`, diff(ratio(CITY), CITY_TARGET.ratio)],
    ['Westminster, workday / residents', 'the same release: "almost three fold"', 'just under 3x', `${fixed(ratio(WESTMINSTER), 3)}x (${thousands(z(WESTMINSTER).workday)})`, ratio(WESTMINSTER) < 3 ? 'below 3x' : 'NOT below 3x'],
  ];

  // TfL network totals: the annualised file's typical days summed over all its records, against our stations.
  const tfl = (pick: (a: AnnualRecord) => number) => f.annual.reduce((a, rec) => a + pick(rec), 0);
  const ours = (list: typeof r.stations.all, day: 'mon-thu' | 'saturday', dir: 'in' | 'out') => list.reduce((a, s) => a + s.total.get(day)![dir], 0);
  const network = (label: string, day: 'mon-thu' | 'saturday', i: number) => [
    [`${label} entries`, thousands(tfl((a) => a.entries[i])), thousands(ours(r.stations.all, day, 'in')), thousands(ours(r.stations.kept, day, 'in'))],
    [`${label} exits`, thousands(tfl((a) => a.exits[i])), thousands(ours(r.stations.all, day, 'out')), thousands(ours(r.stations.kept, day, 'out'))],
  ];
  const mps2019 = r.risk.mpsTotal.get(2019)!;
  const ours2019 = [...r.risk.byYear.get(2019)!.values()].reduce((a, b) => a + b, 0);

  // Sensitivity of the MSOA results to the workplace proxy's blend.
  const runs = [];
  for (const m of f.msoa) {
    const data = await load(m.files);
    const p = presence(data);
    runs.push({ blend: m.blend, data, workday: workdayPopulation(data), noon: p.subarray(slotOf('Mon', '12:00') * data.zones.count, (slotOf('Mon', '12:00') + 1) * data.zones.count) });
  }
  const [base, alt] = runs;
  const boroughOf = new Map<string, Zone>();
  const zonesCsv = f.msoa[0].files.get('zones.csv')!.trim().split('\n').slice(1).map((l) => l.split(','));
  for (const [id, , , borough] of zonesCsv) boroughOf.set(id, r.zones.zones.find((x) => x.id === borough)!);
  const pick = (io: 'inner' | 'outer') => base.data.zones.ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => boroughOf.get(id)!.innerOuter === io)
    .sort((a, b) => base.workday[b.i] - base.workday[a.i] || (a.id < b.id ? -1 : 1))
    .slice(0, 5);
  const sensitivity = [...pick('inner'), ...pick('outer')].map(({ id, i }) => {
    const j = alt.data.zones.ids.indexOf(id);
    return [
      `${base.data.zones.names[i]} (${id})`, boroughOf.get(id)!.innerOuter,
      thousands(base.data.residents[i]),
      thousands(base.workday[i]), thousands(alt.workday[j]), diff(alt.workday[j], base.workday[i]),
      thousands(Math.round(base.noon[i])), thousands(Math.round(alt.noon[j])), diff(alt.noon[j], base.noon[i]),
    ];
  });

  const lines = [
    '# Data fidelity: what the data reproduces, and what rests on a proxy',
    '',
    'Generated by `scripts/derive-data.ts` (`scripts/derive/fidelity.ts`); do not edit by hand. `npm run data:check` re-derives',
    'it with `data/` and `data/msoa/` and compares byte for byte. Sources are described in `data/SOURCES.md` and',
    '`data/msoa/SOURCES.md`.',
    '',
    '## Census workday population',
    '',
    'Our workday population is residents - out-commuters + in-commuters from the Census 2011 travel-to-work (OD) tables,',
    'England and Wales only, as the Census defines it. Published WD tables and OD tables differ by about 1-3%.',
    '',
    ...table(['figure', 'published (source)', 'published', 'ours', 'difference'], census.map(([a, b, c, d, e]) => [a, b, c, d, e])),
    '',
    'The City of London and Westminster are one code in the OD table. No WD1xx table with their separate workday',
    'populations was found in the raw files or in searchable public text, so the split solves for ONS\'s published ratio:',
    `flows into the merged code go to the City with share ${fixed(r.flows.stats.split.cityShare, 6)}, residence-side flows by residents`,
    `(data/SOURCES.md). Their sum, ${thousands(z(CITY).workday + z(WESTMINSTER).workday)}, is the merged source's.`,
    '',
    '## TfL station counts, typical autumn 2019 day',
    '',
    `Published: \`${RAW.tflAnnual2019}\` (TfL), summed over all its ${f.annual.length} records (modes x stations). Ours: the`,
    `${r.stations.all.length} stations derived from \`${RAW.tflQhr2019}\` (one per NLC: boarding/alighting records that repeat a gated`,
    `count dropped), and the ${r.stations.kept.length} of them inside London that the dataset keeps.`,
    '',
    ...table(['typical day', 'TfL, all records', 'ours, all stations', 'ours, in London'], [...network('Mon-Thu', 'mon-thu', 0), ...network('Saturday', 'saturday', 2)]),
    '',
    'The gap between the first two columns is the boarding/alighting records dropped as duplicates of gated counts',
    '(interchange passengers among them); the gap to the third is stations outside Greater London. Every station\'s',
    '15-minute counts sum to its daily total (checked), and the 15-minute file\'s totals equal the annualised file\'s.',
    '',
    '## Recorded crime, 2019',
    '',
    ...table(['figure', 'source', 'value'], [
      ['all MPS rows, borough file', `MPS, \`${RAW.crime}\``, thousands(mps2019)],
      ['our risk.csv, 32 boroughs (airports left out)', 'the same', thousands(ours2019)],
      ['LSOA file, major categories summed', 'MPS, `mps-crime-lsoa/`', thousands(f.lsoaCrime2019)],
      ['our data/msoa/risk.csv', 'the same, summed per MSOA', thousands(f.msoaCrime2019)],
    ]),
    '',
    'The LSOA file places each crime in an LSOA and so leaves out crimes with no usable location; the borough file is the',
    'one `data/risk.csv` uses. MSOA and hexagon crime are LSOA sums: below borough level they follow the LSOA file.',
    '',
    '## Where the finer data rests on a proxy rather than a count',
    '',
    '- **MSOA and hexagon residents**: Census 2011 borough residents spread by mid-2019 small-area estimates (the 2011',
    '  LSOA counts were not at hand). Borough totals are exact; the split within a borough is eight years later.',
    '- **Where commuters live** within a borough (MSOA flows\' origins): working-age (16-64) residents, mid-2019.',
    '- **Where commuters work** within a borough (MSOA flows\' destinations, hexagon arrivals): no workplace count below',
    '  borough level was available, so a blend of the area\'s share of its borough\'s Mon-Thu 07:00-10:00 station exits',
    `  (TfL 2019) and of its residents, at ${f.msoa[0].blend} (data/msoa/SOURCES.md). Station exits miss bus, car, cycle and walking commuters`,
    '  and National Rail stations outside TfL\'s counts (most of Wandsworth\'s, for example).',
    '- **Which MSOA commutes to which** within a borough pair: the north-west-corner fill, with exact margins. Only the',
    '  margins and the destination\'s timing enter the model; the pairing decides whose at-work curve an out-commuter follows.',
    '- **The City / Westminster split** of the Census flows: solved for ONS\'s 56-fold ratio (above).',
    '- **Weekends and Fridays**: TfL\'s own counts by day type give the shape; the strength of a day\'s commute is its peak',
    '  net tube arrivals in the boroughs that gain people by day, against Mon-Thu (docs/model.md).',
    '',
    `## Sensitivity to the workplace proxy: blend ${base.blend} (shipped) against ${alt.blend}`,
    '',
    `The five Inner London and the five Outer London MSOAs with the largest workday population at ${base.blend}. Workday`,
    'population and people present on Monday at 12:00 (the model\'s own presence), both datasets loaded by the app\'s loader.',
    '',
    ...table(
      ['MSOA', 'London', 'residents', `workday at ${base.blend}`, `at ${alt.blend}`, 'change', `Mon 12:00 at ${base.blend}`, `at ${alt.blend}`, 'change'],
      sensitivity,
    ),
    '',
    'Residents and every borough total are the same at both blends; only the placing of in-commuters within a borough',
    'moves. Areas around big stations gain with a stronger blend and the rest of their borough loses.',
    '',
  ];
  return lines.join('\n');
}
