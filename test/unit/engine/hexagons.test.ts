/** The engine API's hexagon methods and their pool passthroughs, with the real London data and engine. */
import type { Polygon } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { createEnginePool } from '../../../src/engine/enginePool.ts';
import type { RunZoneSetResponse, ZoneSetResponse } from '../../../src/engine/engineProtocol.ts';
import type { HexWeek } from '../../../src/model/hexagons/hexWeek.ts';
import { slotOf } from '../../../src/model/time.ts';
import { inProcessEngineWorker } from './inProcessEngineWorker.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { londonApi } from './londonApi.ts';
import { runFinerScenario } from '../../../src/model/hexagons/runFinerScenario.ts';

// Counts full-week hexagon runs, so a test can tell a cached answer from a recomputed one.
vi.mock('../../../src/model/hexagons/runFinerScenario.ts', async (original) => {
  const actual = await original<typeof import('../../../src/model/hexagons/runFinerScenario.ts')>();
  return { ...actual, runFinerScenario: vi.fn(actual.runFinerScenario) };
});

function okGrid(r: ZoneSetResponse) {
  if (!r.ok) throw new Error(r.cancelled ? 'cancelled' : JSON.stringify(r.errors));
  return r;
}

function okWeek(r: RunZoneSetResponse) {
  if (!r.ok) throw new Error(r.cancelled ? 'cancelled' : JSON.stringify(r.errors));
  return r.week;
}

/** One slot of a hexagon week: each per-hexagon array's row. */
function slotOfWeek(w: HexWeek, slot: number) {
  const row = <A extends Float64Array | Int32Array>(a: A) => a.subarray(slot * w.n, (slot + 1) * w.n) as A;
  return {
    onDuty: w.onDuty[slot], allocated: w.allocated, officersWhole: row(w.officersWhole), fixedWhole: row(w.fixedWhole),
    present: row(w.present), demand: row(w.demand), pWait: row(w.pWait),
  };
}

const MON_NOON = slotOf('Mon', '12:00');

/** Distance in km from Charing Cross to a hexagon's centre (midpoint of opposite corners 0 and 3). */
function fromCentre(ring: number[][]): number {
  const lon = (ring[0][0] + ring[3][0]) / 2;
  const lat = (ring[0][1] + ring[3][1]) / 2;
  return Math.hypot((lon + 0.1276) * 111.32 * Math.cos((51.507 * Math.PI) / 180), (lat - 51.5072) * 111.32);
}

describe('engine API: hexagons', { timeout: 60_000 }, () => {
  it('zoneSet describes 696 hexagons over London (laid over its LSOA layer): ids, names, majority borough and polygons', async () => {
    const api = await londonApi();
    const grid = okGrid(await api.zoneSet(1, 'hexagons'));
    expect(grid.cellKm).toBe(1);
    expect(grid.ids).toHaveLength(696);
    expect(grid.ids[122]).toBe('H0123');
    expect(grid.parent).toBeInstanceOf(Int32Array);
    expect(grid.parent).toHaveLength(696);
    expect(grid.geometries[0].type).toBe('Polygon');
    expect(grid.geometries[0].coordinates[0]).toHaveLength(7);
    const loaded = await api.loadDataset('default');
    if (!loaded.ok) throw new Error('reload failed');
    const names = loaded.summary.zones.names;
    expect(grid.names[122]).toBe(`Hexagon 123 (${names[grid.parent[122]]})`);
    expect(new Set(grid.parent).size).toBe(33);
    const total = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);
    expect(total(grid.residents)).toBeCloseTo(total(loaded.summary.zones.residents), 3);
    expect(total(grid.workday)).toBeCloseTo(total(loaded.summary.zones.workday), 3);
    expect(structuredClone(grid)).toEqual(grid);
    // Residents come from the LSOA layer the default dataset names, not from area: spread by area, the
    // hexagons wholly inside Bromley hold the same density, and 8 of them the same number to the person.
    const bromley = loaded.summary.zones.ids.indexOf('E09000006');
    const counts = new Map<number, number>();
    grid.residents.forEach((r, h) => {
      if (grid.parent[h] === bromley) counts.set(Math.round(r), (counts.get(Math.round(r)) ?? 0) + 1);
    });
    expect(Math.max(...counts.values())).toBeLessThan(5);
  });

  it('runZoneSet: at Monday 12:00 officers add up to the 6,854 on duty, more per hexagon in central London', async () => {
    const api = await londonApi();
    const grid = okGrid(await api.zoneSet(1, 'hexagons'));
    const week = okWeek(await api.runZoneSet(2, scenarioFile('follow-the-commute.json'), 'hexagons'));
    expect(week).toMatchObject({ n: 696, cellKm: 1, method: 'follow-demand', notes: [] });
    for (const a of [week.officersWhole, week.fixedWhole, week.present, week.demand, week.pWait]) expect(a).toHaveLength(696 * 672);
    const slot = slotOfWeek(week, MON_NOON);
    expect(slot.onDuty).toBe(6854);
    expect(slot.officersWhole.reduce((a, b) => a + b, 0)).toBe(6854);
    expect(slot.fixedWhole.reduce((a, b) => a + b, 0)).toBe(6854);
    // The City of London's hexagons are not the Met's.
    const city = grid.names.flatMap((name, h) => (name.endsWith('(City of London)') ? [h] : []));
    expect(city.length).toBeGreaterThan(0);
    for (const h of city) expect([slot.allocated[h], slot.officersWhole[h]]).toEqual([0, 0]);
    expect(slot.allocated.reduce((a, b) => a + b, 0)).toBe(696 - city.length);
    const mean = (hs: number[]) => hs.reduce((a, h) => a + slot.officersWhole[h], 0) / hs.length;
    const all = grid.ids.map((_, h) => h);
    const central = all.filter((h) => fromCentre((grid.geometries[h] as Polygon).coordinates[0]) < 3 && slot.officersWhole[h] > 0);
    const outer = all.filter((h) => fromCentre((grid.geometries[h] as Polygon).coordinates[0]) > 15);
    expect(central.length).toBeGreaterThan(5);
    expect(mean(central)).toBeGreaterThan(3 * mean(outer));
    // Follow-demand moves officers toward central hexagons compared with the fixed model.
    expect(central.reduce((a, h) => a + slot.officersWhole[h] - slot.fixedWhole[h], 0)).toBeGreaterThan(0);
    // Every slot's hexagons hold exactly the officers on duty.
    for (let s = 0; s < 672; s++) expect(slotOfWeek(week, s).officersWhole.reduce((a, b) => a + b, 0), `slot ${s}`).toBe(week.onDuty[s]);
  });

  it('answers a repeated request from the cached week, and sending never detaches what it keeps', async () => {
    const api = await londonApi();
    const scenario = scenarioFile('follow-the-commute.json');
    const first = okWeek(await api.runZoneSet(1, scenario, 'hexagons'));
    const weekRuns = vi.mocked(runFinerScenario).mock.calls.length;
    const kept = first.officersWhole.slice();
    structuredClone(first, { transfer: [first.officersWhole.buffer] }); // as postMessage with a transfer list
    expect(first.officersWhole).toHaveLength(0);
    const again = okWeek(await api.runZoneSet(2, scenario, 'hexagons'));
    expect(vi.mocked(runFinerScenario).mock.calls.length, 'the second answer comes from the cached week').toBe(weekRuns);
    expect(again.officersWhole).toEqual(kept);
  });

  it('reports progress through its stages to the end', async () => {
    const api = await londonApi();
    const stages: string[] = [];
    okWeek(await api.runZoneSet(1, { ...scenarioFile('fixed-borough.json'), name: 'Progress' }, 'hexagons', (stage) => void stages.push(stage)));
    expect(stages).toContain('allocation');
    expect(stages.at(-1)).toBe('done');
  });

  it('smoothed scenarios run smoothed on hexagons: every slot adds up, with no note', async () => {
    const api = await londonApi();
    for (const kind of ['hexagons'] as const) {
      const week = okWeek(await api.runZoneSet(1, scenarioFile('follow-the-commute-smoothed.json'), kind));
      expect(week).toMatchObject({ method: 'smoothed', notes: [] });
      for (let s = 0; s < 672; s++) expect(slotOfWeek(week, s).officersWhole.reduce((a, b) => a + b, 0), `${kind} slot ${s}`).toBe(week.onDuty[s]);
      expect(week.onDuty[MON_NOON]).toBe(6854);
    }
  });

  it('refuses bad requests in the planner\'s terms: borough field paths, slots, cell sizes', async () => {
    const api = await londonApi();
    const unknownZone = { ...scenarioFile('follow-the-commute.json'), floors: { zones: { E09999999: 3 } } };
    expect(await api.runZoneSet(1, unknownZone, 'hexagons')).toEqual({
      ok: false, cancelled: false, errors: [expect.objectContaining({ path: 'floors.zones.E09999999' })],
    });
    expect(await api.runZoneSet(3, scenarioFile('fixed-borough.json'), 'wards' as never)).toMatchObject({ ok: false, errors: [{ path: 'zones' }] });
    expect(await api.zoneSet(4, 'wards' as never)).toMatchObject({ ok: false, errors: [{ path: 'zones' }] });
    const outside = { ...scenarioFile('follow-the-commute.json'), events: [{ name: 'Brighton', point: [-0.14, 50.82], day: 'Sat', start: '12:00', end: '14:00', officers: 10 }] };
    const r = await api.runZoneSet(5, outside, 'hexagons');
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'events[0].point', message: expect.stringContaining('not inside any zone') }] });
  });

  it('cancel() while a hexagon run is under way makes it answer cancelled; the engine goes on working', async () => {
    const api = await londonApi();
    okGrid(await api.zoneSet(1, 'hexagons')); // the grid is built; the run itself yields between stages
    const cancelled = { ...scenarioFile('fixed-borough.json'), name: 'Cancelled' };
    const running = api.runZoneSet(7, cancelled, 'hexagons');
    setTimeout(() => void api.cancel(7), 0);
    expect(await running).toEqual({ ok: false, cancelled: true });
    expect(okWeek(await api.runZoneSet(8, cancelled, 'hexagons')).n).toBe(696);
  });

  it('pool passthroughs: a newer hexagon request for a view cancels the older', async () => {
    const pool = createEnginePool(inProcessEngineWorker(), { size: 1 });
    try {
      const grid = await pool.zoneSet('hex-grid', 'hexagons');
      expect(grid.ok && grid.ids.length).toBe(696);
      const older = pool.runZoneSet('map:hex', scenarioFile('fixed-borough.json'), 'hexagons');
      const newer = pool.runZoneSet('map:hex', scenarioFile('follow-the-commute.json'), 'hexagons');
      expect(await older).toMatchObject({ ok: false, cancelled: true });
      const answer = await newer;
      expect(answer.ok && slotOfWeek(answer.week, MON_NOON).officersWhole.reduce((a, b) => a + b, 0)).toBe(6854);
      expect(answer.worker).toBe(0);
    } finally {
      pool.dispose();
    }
  });
});
