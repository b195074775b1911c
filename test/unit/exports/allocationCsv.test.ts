import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocationCsv } from '../../../src/io/exports/allocationCsv.ts';
import { DAYS, formatClock } from '../../../src/model/time.ts';
import { defaultRun, type Run } from './defaultRun.ts';

const HEADER =
  'scenario,zone_id,zone_name,day,slot_start,residents,present,demand,officers_fixed,officers,per_1000_present,change_vs_fixed';

let run: Run;
let csv: string;
let rows: Record<string, string>[];

beforeAll(async () => {
  run = await defaultRun();
  csv = allocationCsv(run.name, run.data, run.result);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  rows = parsed.data;
});

describe('allocationCsv on the London default', () => {
  it('starts with the exact header and has one row per zone and slot: 33 x 672', () => {
    expect(csv.slice(0, csv.indexOf('\n'))).toBe(HEADER);
    expect(run.data.zones.count).toBe(33);
    expect(rows).toHaveLength(33 * 672);
    expect(csv.split('\n')).toHaveLength(22_176 + 2); // header, rows, '' after the final newline
  });

  it('uses LF line ends and ends with one newline', () => {
    expect(csv).not.toContain('\r');
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.endsWith('\n\n')).toBe(false);
  });

  it('orders rows by day, slot, then zone index', () => {
    const n = run.data.zones.count;
    for (const [r, i] of [[0, 0], [1, 1], [n, n], [n * 96, n * 96], [rows.length - 1, rows.length - 1]]) {
      const s = Math.floor(i / n);
      expect(rows[r].day).toBe(DAYS[Math.floor(s / 96)]);
      expect(rows[r].slot_start).toBe(formatClock(s));
      expect(rows[r].zone_id).toBe(run.data.zones.ids[i % n]);
    }
    expect(rows.at(-1)).toMatchObject({ day: 'Sun', slot_start: '23:45', zone_name: 'Westminster' });
  });

  it('parses back to the same values', () => {
    const { data, result } = run;
    const n = data.zones.count;
    const { present, demand } = result.inputs;
    // Compared column by column (one assertion each): 22,176 rows x 12 expects would dominate the run.
    const column = (name: string) => rows.map((r) => Number(r[name]));
    const within = (values: number[], exact: ArrayLike<number>, tolerance: number) =>
      values.map((v, i) => Math.abs(v - exact[i]) <= tolerance + 1e-9).filter((ok) => !ok).length;
    expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set(['Follow the commute']));
    expect(rows.map((r) => r.zone_name)).toEqual(rows.map((_, i) => data.zones.names[i % n]));
    expect(column('residents')).toEqual(rows.map((_, i) => data.residents[i % n]));
    expect(within(column('present'), present, 0.05)).toBe(0);
    expect(within(column('demand'), demand, 0.05)).toBe(0);
    expect(column('officers_fixed')).toEqual(Array.from(result.fixedWhole));
    expect(column('officers')).toEqual(Array.from(result.officersWhole));
    expect(column('change_vs_fixed')).toEqual(Array.from(result.officersWhole, (o, i) => o - result.fixedWhole[i]));
    const per1000 = Array.from(result.officersWhole, (o, i) => (o / present[i]) * 1000);
    expect(within(column('per_1000_present'), per1000, 0.0005)).toBe(0);
  });

  it('writes numbers with fixed decimals, never "-0" or exponents, and leaves negatives alone', () => {
    const forms: Record<string, RegExp> = {
      residents: /^\d+$/,
      present: /^\d+\.\d$/,
      demand: /^\d+\.\d$/,
      officers_fixed: /^\d+$/,
      officers: /^\d+$/,
      per_1000_present: /^\d+\.\d{3}$/,
      change_vs_fixed: /^(0|-?[1-9]\d*)$/,
    };
    for (const [name, form] of Object.entries(forms)) {
      expect(rows.map((r) => r[name]).filter((v) => !form.test(v)), name).toEqual([]);
    }
    const negative = rows.filter((r) => r.change_vs_fixed.startsWith('-'));
    expect(negative.length).toBeGreaterThan(1000);
    expect(csv).not.toMatch(/'-\d/);
  });

  it('gives the same bytes for the same input', () => {
    expect(allocationCsv(run.name, run.data, run.result)).toBe(csv);
  });
});
