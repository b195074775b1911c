/**
 * The worker's API object, driven directly in Node with the real default dataset (data/) and the
 * real engine: what a worker answers is exactly what this object answers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../src/engine/engineApi.ts';
import type { RunResponse } from '../../../src/engine/engineProtocol.ts';
import { nodeEngineEnv } from '../../../src/engine/nodeEngineEnv.ts';
import { SLOTS_PER_WEEK, slotOf } from '../../../src/model/time.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { londonApi } from './londonApi.ts';



function okResult(r: RunResponse) {
  if (!r.ok) throw new Error(r.cancelled ? 'cancelled' : r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.result;
}

/** Every typed array reachable from a value. */
function typedArrays(value: unknown, out: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) typedArrays(v, out);
  return out;
}

describe('engineApi', () => {
  it('loadDataset("default") summarises the 33 London boroughs', async () => {
    const api = createEngineApi(nodeEngineEnv());
    const r = await api.loadDataset('default');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary.counts.zones).toBe(33);
    expect(r.summary.zones.ids).toHaveLength(33);
    expect(r.summary.zones.names).toContain('Wandsworth');
    expect(r.summary.zones.residents[r.summary.zones.names.indexOf('Wandsworth')]).toBe(306_995);
    expect(r.summary.forces).toContain('Metropolitan Police Service');
    expect(structuredClone(r)).toEqual(r);
  });

  it('runs follow-the-commute: whole officers in every slot add up to those on duty', async () => {
    const api = await londonApi();
    const progress: string[] = [];
    const result = okResult(await api.run(1, scenarioFile('follow-the-commute.json'), (stage) => progress.push(stage)));
    const { n, slots, officersWhole, onDuty } = result;
    expect(n).toBe(33);
    expect(slots).toBe(SLOTS_PER_WEEK);
    expect(officersWhole).toHaveLength(SLOTS_PER_WEEK * 33);
    for (let s = 0; s < slots; s++) {
      let sum = 0;
      for (let z = 0; z < n; z++) sum += officersWhole[s * n + z];
      expect(sum, `slot ${s}`).toBe(onDuty[s]);
    }
    expect(onDuty.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(progress[0]).toBe('people and demand');
    expect(progress.at(-1)).toBe('done');
  });

  it('accepts the scenario as JSON text too', async () => {
    const api = await londonApi();
    const text = readFileSync(new URL('../../../scenarios/fixed-borough.json', import.meta.url), 'utf8');
    expect(okResult(await api.run(1, text)).officersWhole.length).toBe(SLOTS_PER_WEEK * 33);
  });

  it('a bad scenario comes back as errors naming the field paths', async () => {
    const api = await londonApi();
    const bad = { ...scenarioFile('follow-the-commute.json'), supply: { headcount: -5 }, force: 'Nowhere Constabulary' };
    const r = await api.run(1, bad);
    expect(r.ok).toBe(false);
    if (r.ok || r.cancelled) throw new Error('expected errors');
    expect(r.errors.map((e) => e.path)).toContain('supply.headcount');

    const unknownZone = { ...scenarioFile('follow-the-commute.json'), floors: { zones: { E09999999: 3 } } };
    const r2 = await api.run(2, unknownZone);
    if (r2.ok || r2.cancelled) throw new Error('expected errors');
    expect(r2.errors).toEqual([expect.objectContaining({ path: 'floors.zones.E09999999' })]);
  });

  it('cancel() during a run makes it answer cancelled', async () => {
    const api = await londonApi();
    let cancelling: Promise<void> | null = null;
    const r = await api.run(7, scenarioFile('follow-the-commute.json'), () => {
      cancelling ??= api.cancel(7);
    });
    expect(cancelling).not.toBeNull();
    expect(r).toEqual({ ok: false, cancelled: true });
  });

  it('a cancel that arrives as a separate task between stages stops the run', async () => {
    const api = await londonApi();
    const running = api.run(8, scenarioFile('follow-the-commute.json'));
    setTimeout(() => void api.cancel(8), 0);
    expect(await running).toEqual({ ok: false, cancelled: true });
    // and the engine is still usable afterwards
    expect(okResult(await api.run(9, scenarioFile('follow-the-commute.json'))).n).toBe(33);
  });

  it('keeps the previous dataset when a new one is bad', async () => {
    const api = await londonApi();
    const bad = await api.loadDataset([{ name: 'residents.csv', text: 'zone_id,residents\nE09000001,lots\n' }]);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.length).toBeGreaterThan(0);
    expect(bad.errors.every((e) => typeof e === 'string')).toBe(true);
    expect(okResult(await api.run(1, scenarioFile('follow-the-commute.json'))).n).toBe(33);
  });

  it('sends copies: transferring a result never detaches what the engine keeps cached', async () => {
    const api = await londonApi();
    const scenario = scenarioFile('follow-the-commute.json');
    const first = okResult(await api.run(1, scenario));
    const arrays = typedArrays(first);
    // What Comlink.transfer does to the sender's side: every buffer becomes detached (length 0).
    structuredClone(first, { transfer: [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))] });
    expect(first.officersWhole.length).toBe(0);
    const again = okResult(await api.run(2, scenario));
    expect(again.inputs.present.length).toBe(SLOTS_PER_WEEK * 33);
    expect(again.officersWhole.length).toBe(SLOTS_PER_WEEK * 33);
    expect(typedArrays(again).every((a) => a.byteLength > 0)).toBe(true);
  });

  it('runSlot returns one slot of the same run', async () => {
    const api = await londonApi();
    const scenario = scenarioFile('follow-the-commute.json');
    const full = okResult(await api.run(1, scenario));
    const noon = slotOf('Wed', '12:00');
    const r = await api.runSlot(2, scenario, noon);
    if (!r.ok) throw new Error('runSlot failed');
    expect(r.slot.onDuty).toBe(full.onDuty[noon]);
    expect(Array.from(r.slot.officersWhole)).toEqual(Array.from(full.officersWhole.subarray(noon * 33, noon * 33 + 33)));
    expect(Array.from(r.slot.officersWhole).reduce((a, b) => a + b, 0)).toBe(r.slot.onDuty);
    const outside = await api.runSlot(3, scenario, SLOTS_PER_WEEK);
    expect(outside.ok === false && !outside.cancelled && outside.errors[0].path).toBe('slot');
  });

  it('explain after run describes a zone, named by id or by index, from the same run', async () => {
    const api = createEngineApi(nodeEngineEnv());
    const loaded = await api.loadDataset('default');
    if (!loaded.ok) throw new Error('default dataset failed to load');
    const z = loaded.summary.zones.ids.indexOf('E09000032');
    const scenario = scenarioFile('follow-the-commute.json');
    const full = okResult(await api.run(1, scenario));
    const noon = slotOf('Mon', '12:00');
    const byId = await api.explain(2, scenario, 'E09000032', noon);
    if (!byId.ok) throw new Error('explain failed');
    expect(byId.explanation.zoneName).toBe('Wandsworth');
    expect(byId.explanation.slot).toBe('Mon 12:00');
    expect(byId.explanation.allocation.onDuty).toBe(full.onDuty[noon]);
    expect(byId.explanation.allocation.officers).toBe(full.officersWhole[noon * full.n + z]);
    expect(await api.explain(3, scenario, z, noon)).toEqual(byId);
    const missing = await api.explain(4, scenario, 'E00000000', noon);
    expect(missing.ok === false && !missing.cancelled && missing.errors[0].path).toBe('zone');
  });
});

describe('engineApi.exportFile', () => {
  it('writes the same allocation CSV bytes as the writer the CLI uses, with a safe file name', async () => {
    const api = await londonApi();
    const scenario = scenarioFile('follow-the-commute.json');
    const exported = await api.exportFile(1, scenario, 'allocation-csv');
    if (!exported.ok) throw new Error('export refused');
    const { allocationCsv } = await import('../../../src/io/exports/allocationCsv.ts');
    const { loadDefault } = await import('../loadDefault.ts');
    const result = okResult(await api.run(2, scenario));
    expect(exported.text).toBe(allocationCsv('Follow the commute', await loadDefault(), result));
    expect(exported.fileName).toBe('follow-the-commute-allocation.csv');
    expect(exported.text.split('\n')[0]).toBe(
      'scenario,zone_id,zone_name,day,slot_start,residents,present,demand,officers_fixed,officers,per_1000_present,change_vs_fixed',
    );
  });

  it('refuses to export a scenario that does not check out, naming the field', async () => {
    const api = await londonApi();
    const scenario = { ...scenarioFile('follow-the-commute.json'), method: 'guess' };
    const r = await api.exportFile(3, scenario, 'summary-csv');
    expect(r).toEqual({ ok: false, cancelled: false, errors: [{ path: 'method', message: '"guess" is not one of "fixed", "follow-demand", "smoothed"' }] });
  });
});
