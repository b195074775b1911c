import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocationCsv } from '../../../src/io/exports/allocationCsv.ts';
import { summaryCsv } from '../../../src/io/exports/summaryCsv.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import { loadTiny } from '../io/tinyDataset.ts';
import { runOn, type Run } from './defaultRun.ts';

const HOSTILE_NAMES = ['=cmd', '+1', '-x', '@a'];

let run: Run;

beforeAll(async () => {
  const loaded = await loadTiny();
  if (!loaded.ok) throw new Error('the tiny dataset did not load');
  const tiny = await runOn(loaded.dataset, loaded.geometries, {
    name: '=HYPERLINK("http://evil","click")',
    method: 'follow-demand',
    force: 'all',
    supply: { headcount: 120 },
    shifts: [{ name: 'Day', start: '07:00', hours: 8, share: 1 }],
  });
  // The hostile text goes in after the run: writers must cope with whatever names a dataset brings.
  const zones = { ...tiny.data.zones, names: HOSTILE_NAMES, forces: ['=force', '\tTab Police', 'Test Police', '-Minus'] };
  const data: Dataset = { ...tiny.data, zones };
  run = { ...tiny, data };
});

function parse(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('formula injection', () => {
  it('puts an apostrophe before every text cell that could start a formula in the allocation CSV', () => {
    const csv = allocationCsv(run.name, run.data, run.result);
    const rows = parse(csv);
    expect(rows).toHaveLength(4 * 672);
    expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set(['\'=HYPERLINK("http://evil","click")']));
    expect(rows.slice(0, 4).map((r) => r.zone_name)).toEqual(["'=cmd", "'+1", "'-x", "'@a"]);
    expect(csv.split('\n')[1]).toBe(
      `"'=HYPERLINK(""http://evil"",""click"")",A,'=cmd,Mon,00:00,1000,${rows[0].present},${rows[0].demand},${rows[0].officers_fixed},${rows[0].officers},${rows[0].per_1000_present},${rows[0].change_vs_fixed}`,
    );
  });

  it('neutralises zone names and forces, including a leading tab, in the summary CSV', () => {
    const rows = parse(summaryCsv(run.data, run.result));
    expect(rows.map((r) => r.zone_name)).toEqual(["'=cmd", "'+1", "'-x", "'@a"]);
    expect(rows.map((r) => r.force)).toEqual(["'=force", "'\tTab Police", 'Test Police', "'-Minus"]);
  });

  it('leaves numeric cells alone, negative ones included', () => {
    const rows = parse(summaryCsv(run.data, run.result));
    const changes = rows.map((r) => r.officer_hours_change);
    expect(changes.some((c) => /^-\d+\.\d\d$/.test(c))).toBe(true);
    expect(rows.map((r) => r.net_daytime_change)).toContain('-190');
    const all = parse(allocationCsv(run.name, run.data, run.result));
    expect(all.some((r) => /^-[1-9]\d*$/.test(r.change_vs_fixed))).toBe(true);
    expect(all.every((r) => !r.change_vs_fixed.startsWith("'"))).toBe(true);
  });
});
