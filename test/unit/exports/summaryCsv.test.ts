import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryCsv } from '../../../src/io/exports/summaryCsv.ts';
import { netDaytimeChange, workdayPopulation } from '../../../src/model/workday.ts';
import { defaultRun, type Run } from './defaultRun.ts';

let run: Run;
let csv: string;
let rows: Record<string, string>[];

beforeAll(async () => {
  run = await defaultRun();
  csv = summaryCsv(run.data, run.result);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  rows = parsed.data;
});

const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

describe('summaryCsv on the London default', () => {
  it('starts with the exact header and has one row per zone, LF and a final newline', () => {
    expect(csv.slice(0, csv.indexOf('\n'))).toBe(
      'zone_id,zone_name,force,residents,workday_population,net_daytime_change,officer_hours_fixed,officer_hours,officer_hours_change',
    );
    expect(rows.map((r) => r.zone_id)).toEqual(run.data.zones.ids);
    expect(csv).not.toContain('\r');
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('has the people figures of the dataset', () => {
    const workday = workdayPopulation(run.data);
    const net = netDaytimeChange(run.data);
    rows.forEach((r, z) => {
      expect(r.zone_name).toBe(run.data.zones.names[z]);
      expect(r.force).toBe(run.data.zones.forces[z]);
      expect(Number(r.residents)).toBe(run.data.residents[z]);
      expect(Number(r.workday_population)).toBe(Math.round(workday[z]));
      expect(Number(r.net_daytime_change)).toBe(Math.round(net[z]));
    });
    expect(rows.find((r) => r.zone_name === 'Westminster')?.net_daytime_change).toMatch(/^[1-9]\d+$/);
    expect(rows.find((r) => r.zone_name === 'Barnet')?.net_daytime_change).toMatch(/^-[1-9]\d+$/);
  });

  it("adds up to the week's on-duty officer-hours, under both models", () => {
    const onDutyHours = sum(run.result.onDuty) * 0.25;
    expect(sum(rows.map((r) => Number(r.officer_hours)))).toBeCloseTo(onDutyHours, 6);
    expect(sum(rows.map((r) => Number(r.officer_hours_fixed)))).toBeCloseTo(onDutyHours, 6);
    expect(sum(rows.map((r) => Number(r.officer_hours_change)))).toBeCloseTo(0, 6);
    for (const r of rows) {
      expect(r.officer_hours).toMatch(/^\d+\.(00|25|50|75)$/);
      expect(Number(r.officer_hours_change)).toBeCloseTo(Number(r.officer_hours) - Number(r.officer_hours_fixed), 9);
    }
  });

  it('gives the same bytes for the same input', () => {
    expect(summaryCsv(run.data, run.result)).toBe(csv);
  });
});
