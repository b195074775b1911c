import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_SLOT_CSV_HEADER, responseSlotCsv } from '../../../src/io/exports/responseSlotCsv.ts';
import { responseSummaryCsv } from '../../../src/io/exports/responseSummaryCsv.ts';
import type { Dataset } from '../../../src/model/dataset.ts';
import { prepareScenario } from '../../../src/model/prepareScenario.ts';
import { responseInputs, type ResponseInputs } from '../../../src/model/response/responseInputs.ts';
import { simulateResponse } from '../../../src/model/response/runReplications.ts';
import { runScenario } from '../../../src/model/runScenario.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { loadTiny } from '../io/tinyDataset.ts';

const HOSTILE_NAMES = ['=cmd', '+1', '-x', '@a'];
let data: Dataset;
let inputs: ResponseInputs;

beforeAll(async () => {
  const loaded = await loadTiny();
  if (!loaded.ok) throw new Error('the tiny dataset did not load');
  const scenario: Scenario = {
    name: 'tiny', method: 'follow-demand', force: 'all', supply: { headcount: 400 },
    shifts: [{ name: 'Day', start: '07:00', hours: 12, share: 0.6 }, { name: 'Night', start: '19:00', hours: 12, share: 0.4 }],
    service: { grades: { immediate: { callsPerWeek: 300 }, significant: { callsPerWeek: 400 } }, responseUnitShare: 0.3, crossBoundary: true },
  };
  const prepared = prepareScenario(scenario, loaded.dataset);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  const result = await runScenario(loaded.dataset, prepared.plan);
  inputs = responseInputs(loaded.dataset, prepared.plan, result);
  data = { ...loaded.dataset, zones: { ...loaded.dataset.zones, names: HOSTILE_NAMES } };
});

function parse(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('response CSV writers', () => {
  it('writes the summary with the exact header, a row per zone and grade and an ALL row per grade', async () => {
    const response = await simulateResponse(inputs, 6);
    const csv = responseSummaryCsv(data, response);
    expect(csv.slice(0, csv.indexOf('\n'))).toBe(
      'zone_id,zone_name,grade,calls_per_week,share_within_target,share_low,share_high,mean_response_min,p90_response_min',
    );
    const rows = parse(csv);
    const n = data.zones.count;
    expect(rows).toHaveLength(2 * n + 2);
    expect(rows.slice(0, 2 * n).map((r) => r.zone_id)).toEqual(data.zones.ids.flatMap((id) => [id, id]));
    expect(rows.slice(-2).map((r) => [r.zone_id, r.zone_name, r.grade])).toEqual([['ALL', 'All zones', 'immediate'], ['ALL', 'All zones', 'significant']]);
    // Formula injection stays neutralised.
    expect(new Set(rows.slice(0, 2 * n).map((r) => r.zone_name))).toEqual(new Set(HOSTILE_NAMES.map((x) => `'${x}`)));
    for (const grade of ['immediate', 'significant']) {
      const zones = rows.filter((r) => r.grade === grade && r.zone_id !== 'ALL');
      const all = rows.find((r) => r.grade === grade && r.zone_id === 'ALL')!;
      const sum = zones.reduce((a, r) => a + Number(r.calls_per_week), 0);
      expect(Math.abs(sum - Number(all.calls_per_week))).toBeLessThanOrEqual(0.005 * n);
      for (const r of [...zones, all]) {
        if (r.share_within_target === '') continue;
        expect(Number(r.share_low)).toBeLessThanOrEqual(Number(r.share_within_target));
        expect(Number(r.share_high)).toBeGreaterThanOrEqual(Number(r.share_within_target));
        expect(Number(r.p90_response_min)).toBeGreaterThan(0);
      }
    }
  });

  it('gives the same bytes for the same seed, and other bytes for another seed', async () => {
    const a = responseSummaryCsv(data, await simulateResponse(inputs, 4));
    expect(responseSummaryCsv(data, await simulateResponse(inputs, 4))).toBe(a);
    expect(responseSummaryCsv(data, await simulateResponse({ ...inputs, seed: inputs.seed + 1 }, 4))).not.toBe(a);
  });

  it('writes a row per slot, zone and grade whose calls add up to the summary', async () => {
    const response = await simulateResponse(inputs, 3);
    const csv = responseSlotCsv(data, response);
    expect(csv.slice(0, csv.indexOf('\n'))).toBe(RESPONSE_SLOT_CSV_HEADER.join(','));
    const rows = parse(csv);
    expect(rows).toHaveLength(672 * data.zones.count * 2);
    expect(rows.slice(0, 3).map((r) => [r.day, r.slot_start, r.grade])).toEqual([['Mon', '00:00', 'immediate'], ['Mon', '00:00', 'significant'], ['Mon', '00:00', 'immediate']]);
    const immediate = rows.filter((r) => r.grade === 'immediate' && Number(r.calls) > 0);
    const calls = immediate.reduce((a, r) => a + Number(r.calls), 0);
    // Each cell is rounded to 2 decimals.
    expect(Math.abs(calls - response.grades[0].total.calls[0])).toBeLessThanOrEqual(0.005 * immediate.length);
    for (const r of rows) {
      if (r.mean_response_min === '') continue;
      expect(Number(r.mean_response_min)).toBeCloseTo(Number(r.mean_wait_min) + Number(r.mean_travel_min), 1);
    }
  });
});
