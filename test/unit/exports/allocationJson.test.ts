import { beforeAll, describe, expect, it } from 'vitest';
import { allocationJson, type AllocationJson } from '../../../src/io/exports/allocationJson.ts';
import { defaultRun, type Run } from './defaultRun.ts';

let run: Run;
let text: string;
let doc: AllocationJson;

beforeAll(async () => {
  run = await defaultRun();
  text = allocationJson(run.name, run.data, run.result);
  doc = JSON.parse(text);
});

describe('allocationJson on the London default', () => {
  it('names the scenario, the zones and the 672 slots', () => {
    expect(doc).toMatchObject({ format: 'tideline-allocation', version: 1, scenario: 'Follow the commute', dataset: run.data.name, slotMinutes: 15 });
    expect(doc.zoneIds).toEqual(run.data.zones.ids);
    expect(doc.zoneNames).toEqual(run.data.zones.names);
    expect(doc.slots).toHaveLength(672);
    expect(doc.slots[0]).toEqual({ day: 'Mon', start: '00:00' });
    expect(doc.slots[97]).toEqual({ day: 'Tue', start: '00:15' });
    expect(doc.slots[671]).toEqual({ day: 'Sun', start: '23:45' });
  });

  it('holds per-zone arrays indexed [zone][slot]', () => {
    const { result } = run;
    const n = run.data.zones.count;
    for (const key of ['officers', 'officersFixed', 'present', 'demand'] as const) {
      expect(doc[key]).toHaveLength(n);
      for (const row of doc[key]) expect(row).toHaveLength(672);
    }
    expect(doc.officers.flatMap((row, z) => row.map((v, s) => v - result.officersWhole[s * n + z])).every((d) => d === 0)).toBe(true);
    expect(doc.officersFixed[5][300]).toBe(result.fixedWhole[300 * n + 5]);
    expect(doc.present[7][500]).toBe(Math.round(result.inputs.present[500 * n + 7] * 10) / 10);
    expect(doc.onDuty).toEqual(Array.from(result.onDuty));
    expect(doc.onDuty[400]).toBe(doc.officers.reduce((a, row) => a + row[400], 0));
  });

  it('is compact and deterministic', () => {
    expect(text).not.toMatch(/\n./);
    expect(allocationJson(run.name, run.data, run.result)).toBe(text);
  });
});
