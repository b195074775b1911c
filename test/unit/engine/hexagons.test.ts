/** The engine API's hexagon methods and their pool passthroughs, with the real London data and engine. */
import { describe, expect, it } from 'vitest';
import { createEnginePool } from '../../../src/engine/enginePool.ts';
import type { HexGridResponse, RunHexSlotResponse } from '../../../src/engine/engineProtocol.ts';
import { hexSlotBuffers } from '../../../src/model/hexagons/hexSlot.ts';
import { slotOf } from '../../../src/model/time.ts';
import { inProcessEngineWorker } from './inProcessEngineWorker.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { londonApi } from './londonApi.ts';



function okGrid(r: HexGridResponse) {
  if (!r.ok) throw new Error(r.cancelled ? 'cancelled' : JSON.stringify(r.errors));
  return r;
}

function okSlot(r: RunHexSlotResponse) {
  if (!r.ok) throw new Error(r.cancelled ? 'cancelled' : JSON.stringify(r.errors));
  return r.slot;
}

const MON_NOON = slotOf('Mon', '12:00');
const KM = 1;

/** Distance in km from Charing Cross to a hexagon's centre (midpoint of opposite corners 0 and 3). */
function fromCentre(ring: number[][]): number {
  const lon = (ring[0][0] + ring[3][0]) / 2;
  const lat = (ring[0][1] + ring[3][1]) / 2;
  return Math.hypot((lon + 0.1276) * 111.32 * Math.cos((51.507 * Math.PI) / 180), (lat - 51.5072) * 111.32);
}

describe('engine API: hexagons', { timeout: 60_000 }, () => {
  it('hexGrid describes 694 hexagons over London: ids, names, majority borough and polygons', async () => {
    const api = await londonApi();
    const grid = okGrid(await api.hexGrid(1, KM));
    expect(grid.cellKm).toBe(1);
    expect(grid.ids).toHaveLength(694);
    expect(grid.ids[122]).toBe('H0123');
    expect(grid.zone).toBeInstanceOf(Int32Array);
    expect(grid.zone).toHaveLength(694);
    expect(grid.geometries[0].type).toBe('Polygon');
    expect(grid.geometries[0].coordinates[0]).toHaveLength(7);
    const loaded = await api.loadDataset('default');
    if (!loaded.ok) throw new Error('reload failed');
    const names = loaded.summary.zones.names;
    expect(grid.names[122]).toBe(`Hexagon 123 (${names[grid.zone[122]]})`);
    expect(new Set(grid.zone).size).toBe(33);
    const total = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);
    expect(total(grid.residents)).toBeCloseTo(total(loaded.summary.zones.residents), 3);
    expect(total(grid.workday)).toBeCloseTo(total(loaded.summary.zones.workday), 3);
    expect(structuredClone(grid)).toEqual(grid);
  });

  it('runHexSlot at Monday 12:00: officers add up to the 6,854 on duty, more per hexagon in central London', async () => {
    const api = await londonApi();
    const grid = okGrid(await api.hexGrid(1, KM));
    const slot = okSlot(await api.runHexSlot(2, scenarioFile('follow-the-commute.json'), MON_NOON, KM));
    expect(slot).toMatchObject({ slot: MON_NOON, n: 694, cellKm: 1, method: 'follow-demand', notes: [], onDuty: 6854, localTotal: 6854 });
    expect(slot.officersWhole.reduce((a, b) => a + b, 0)).toBe(6854);
    expect(slot.fixedWhole.reduce((a, b) => a + b, 0)).toBe(6854);
    for (const a of [slot.present, slot.demand, slot.footfall, slot.pWait, slot.allocated]) expect(a).toHaveLength(694);
    // The City of London's hexagons are not the Met's; the week's largest figures bound this slot's.
    const city = grid.names.flatMap((name, h) => (name.endsWith('(City of London)') ? [h] : []));
    expect(city.length).toBeGreaterThan(0);
    for (const h of city) expect([slot.allocated[h], slot.officersWhole[h]]).toEqual([0, 0]);
    expect(slot.allocated.reduce((a, b) => a + b, 0)).toBe(694 - city.length);
    expect(Math.max(...slot.officersWhole)).toBeLessThanOrEqual(slot.weekMax.officers);
    expect(Math.max(...slot.present)).toBeLessThanOrEqual(slot.weekMax.present);
    expect(slot.weekMax.officers).toBeGreaterThan(0);
    const mean = (hs: number[]) => hs.reduce((a, h) => a + slot.officersWhole[h], 0) / hs.length;
    const all = grid.ids.map((_, h) => h);
    const central = all.filter((h) => fromCentre(grid.geometries[h].coordinates[0]) < 3 && slot.officersWhole[h] > 0);
    const outer = all.filter((h) => fromCentre(grid.geometries[h].coordinates[0]) > 15);
    expect(central.length).toBeGreaterThan(5);
    expect(mean(central)).toBeGreaterThan(3 * mean(outer));
    // Follow-demand moves officers toward central hexagons compared with the fixed model.
    expect(central.reduce((a, h) => a + slot.officersWhole[h] - slot.fixedWhole[h], 0)).toBeGreaterThan(0);
  });

  it('answers later slots from the cached week, and sending never detaches what it keeps', async () => {
    const api = await londonApi();
    const scenario = scenarioFile('follow-the-commute.json');
    const first = okSlot(await api.runHexSlot(1, scenario, MON_NOON, KM));
    const started = performance.now();
    const night = okSlot(await api.runHexSlot(2, scenario, slotOf('Mon', '03:00'), KM));
    expect(performance.now() - started).toBeLessThan(200);
    expect(night.onDuty).toBeLessThan(first.onDuty);
    const kept = first.officersWhole.slice();
    structuredClone(first, { transfer: hexSlotBuffers(first) }); // as postMessage with a transfer list
    expect(first.officersWhole).toHaveLength(0);
    const again = okSlot(await api.runHexSlot(3, scenario, MON_NOON, KM));
    expect(again.officersWhole).toEqual(kept);
  });

  it('smoothed scenarios run smoothed on hexagons: every slot adds up, with no note', async () => {
    const api = await londonApi();
    const slot = okSlot(await api.runHexSlot(1, scenarioFile('follow-the-commute-smoothed.json'), MON_NOON, KM));
    expect(slot).toMatchObject({ method: 'smoothed', notes: [], onDuty: 6854, localTotal: 6854 });
    expect(slot.officersWhole.reduce((a, b) => a + b, 0)).toBe(6854);
  });

  it('refuses bad requests in the planner\'s terms: borough field paths, slots, cell sizes', async () => {
    const api = await londonApi();
    const unknownZone = { ...scenarioFile('follow-the-commute.json'), floors: { zones: { E09999999: 3 } } };
    expect(await api.runHexSlot(1, unknownZone, MON_NOON, KM)).toEqual({
      ok: false, cancelled: false, errors: [expect.objectContaining({ path: 'floors.zones.E09999999' })],
    });
    expect(await api.runHexSlot(2, scenarioFile('fixed-borough.json'), 672, KM)).toMatchObject({ ok: false, errors: [{ path: 'slot' }] });
    expect(await api.runHexSlot(3, scenarioFile('fixed-borough.json'), 0, 0.1)).toMatchObject({ ok: false, errors: [{ path: 'cellKm' }] });
    expect(await api.hexGrid(4, Number.NaN)).toMatchObject({ ok: false, errors: [{ path: 'cellKm' }] });
    const outside = { ...scenarioFile('follow-the-commute.json'), events: [{ name: 'Brighton', point: [-0.14, 50.82], day: 'Sat', start: '12:00', end: '14:00', officers: 10 }] };
    const r = await api.runHexSlot(5, outside, MON_NOON, KM);
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'events[0].point', message: expect.stringContaining('not inside any zone') }] });
  });

  it('cancel() while a hexagon run is under way makes it answer cancelled; the engine goes on working', async () => {
    const api = await londonApi();
    okGrid(await api.hexGrid(1, KM)); // the grid is built; the run itself yields between stages
    const running = api.runHexSlot(7, scenarioFile('fixed-borough.json'), MON_NOON, KM);
    setTimeout(() => void api.cancel(7), 0);
    expect(await running).toEqual({ ok: false, cancelled: true });
    expect(okSlot(await api.runHexSlot(8, scenarioFile('fixed-borough.json'), MON_NOON, KM)).n).toBe(694);
  });

  it('pool passthroughs: a newer hexagon request for a view cancels the older', async () => {
    const pool = createEnginePool(inProcessEngineWorker(), { size: 1 });
    try {
      const grid = await pool.hexGrid('hex-grid', KM);
      expect(grid.ok && grid.ids.length).toBe(694);
      const older = pool.runHexSlot('map:hex', scenarioFile('fixed-borough.json'), MON_NOON, KM);
      const newer = pool.runHexSlot('map:hex', scenarioFile('follow-the-commute.json'), MON_NOON, KM);
      expect(await older).toMatchObject({ ok: false, cancelled: true });
      const answer = await newer;
      expect(answer.ok && answer.slot.officersWhole.reduce((a, b) => a + b, 0)).toBe(6854);
      expect(answer.worker).toBe(0);
    } finally {
      pool.dispose();
    }
  });
});
