import { describe, expect, it } from 'vitest';
import { insideConvex } from '../../../src/io/hexGrid/insideConvex.ts';
import { restateScenario } from '../../../src/model/hexagons/restateScenario.ts';
import { hexagonTables, runFinerScenario, type FinerRun } from '../../../src/model/hexagons/runFinerScenario.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { slotOf, SLOTS_PER_WEEK } from '../../../src/model/time.ts';
import { CITY, londonHexagons, scenarioFile, WESTMINSTER } from './londonHexagons.ts';

/** Each slot's officers all placed, within floors and caps, each hexagon within the limit beyond the proportional change. */
function expectSmoothed(r: Extract<FinerRun, { ok: true }>): void {
  const { n, local, localTotals, officersWhole, onDuty } = r.result;
  const { lo, hi, maxChangePerSlot: limit } = r.plan;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    let sum = 0;
    let whole = 0;
    const g = s > 0 && localTotals[s - 1] > 0 ? localTotals[s] / localTotals[s - 1] : NaN;
    for (let h = 0; h < n; h++) {
      const x = local[s * n + h];
      sum += x;
      whole += officersWhole[s * n + h];
      expect(x).toBeGreaterThanOrEqual(lo[h] - 1e-9);
      expect(x).toBeLessThanOrEqual(hi[h] + 1e-9);
      if (Number.isFinite(g)) expect(Math.abs(x - g * local[(s - 1) * n + h])).toBeLessThanOrEqual(limit + 1e-9);
    }
    expect(Math.abs(sum - localTotals[s])).toBeLessThanOrEqual(1e-9);
    expect(whole).toBe(onDuty[s]);
  }
}

async function run(scenario: Scenario): Promise<Extract<FinerRun, { ok: true }>> {
  const { data, hexes, grid, locate } = await londonHexagons();
  const r = await runFinerScenario(data, hexes, hexagonTables(grid), scenario, locate);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

/** Hexagons whose majority borough has id `id`. */
async function hexesOf(id: string): Promise<number[]> {
  const { data, grid } = await londonHexagons();
  const z = data.zones.ids.indexOf(id);
  return Array.from({ length: grid.count }, (_, h) => h).filter((h) => grid.majority[h] === z);
}

describe('runFinerScenario: the engine\'s own runScenario allocates London\'s hexagons', { timeout: 60_000 }, () => {
  it('whole officers add up to the officers on duty in every slot (6,854 on Monday at 12:00)', async () => {
    const r = await run(scenarioFile('follow-the-commute.json'));
    const { n, officersWhole, fixedWhole, onDuty } = r.result;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      let a = 0;
      let f = 0;
      for (let h = 0; h < n; h++) {
        a += officersWhole[s * n + h];
        f += fixedWhole[s * n + h];
      }
      expect(a, `slot ${s}`).toBe(onDuty[s]);
      expect(f, `slot ${s}`).toBe(onDuty[s]);
    }
    expect(onDuty[slotOf('Mon', '12:00')]).toBe(6854);
  });

  it('shares the 150-officer borough floor among each borough\'s hexagons by residents, rounded down', async () => {
    const { data, hexes } = await londonHexagons();
    const r = await run(scenarioFile('follow-the-commute.json'));
    for (const [z, id] of data.zones.ids.entries()) {
      if (data.zones.forces[z] !== 'Metropolitan Police Service') continue;
      const own = await hexesOf(id);
      const residents = own.reduce((a, h) => a + hexes.data.residents[h], 0);
      let sum = 0;
      for (const h of own) {
        expect(r.plan.lo[h]).toBe(Math.floor((150 * hexes.data.residents[h]) / residents + 1e-9));
        sum += r.plan.lo[h];
      }
      expect(sum, data.zones.names[z]).toBeLessThanOrEqual(150);
      expect(sum, data.zones.names[z]).toBeGreaterThan(150 - own.length);
    }
    // and the floors hold in the allocation
    const { n, officersWhole } = r.result;
    for (let s = 0; s < SLOTS_PER_WEEK; s += 7) for (let h = 0; h < n; h++) expect(officersWhole[s * n + h]).toBeGreaterThanOrEqual(r.plan.lo[h]);
  });

  it('a borough\'s own floor is shared among its hexagons; per-1,000-resident floors apply to each hexagon as they are', async () => {
    const { hexes, data, grid } = await londonHexagons();
    const base = scenarioFile('follow-the-commute.json');
    const westminster = await hexesOf(WESTMINSTER);
    const residents = westminster.reduce((a, h) => a + hexes.data.residents[h], 0);
    const mapped = restateScenario({ ...base, floors: { officers: 150, perThousandResidents: 0.5, zones: { [WESTMINSTER]: 400 } } }, data, hexagonTables(grid), hexes.data);
    const floors = mapped.scenario.floors!;
    for (const h of westminster) expect(floors.zones![hexes.data.zones.ids[h]]).toBe(Math.floor((400 * hexes.data.residents[h]) / residents + 1e-9));
    const r = await run({ ...base, floors: { perThousandResidents: 0.5 } });
    for (let h = 0; h < grid.count; h++) {
      const expected = hexes.data.zones.forces[h] === 'Metropolitan Police Service' ? Math.ceil((0.5 * hexes.data.residents[h]) / 1000) : 0;
      expect(r.plan.lo[h]).toBe(expected);
    }
  });

  it('an event named by borough is staffed in the hexagon of the borough\'s label point; one at a point, where the point is', async () => {
    const { data, grid } = await londonHexagons();
    const westminster = data.zones.ids.indexOf(WESTMINSTER);
    const r = await run({
      ...scenarioFile('follow-the-commute.json'),
      events: [
        { name: 'Rally', zone: WESTMINSTER, day: 'Sat', start: '12:00', end: '16:00', officers: 200 },
        { name: 'Stadium', point: [-0.2795, 51.556], day: 'Sat', start: '15:00', end: '18:00', officers: 120 },
      ],
    });
    const { n, eventOfficers, abstraction } = r.result;
    const s = slotOf('Sat', '15:30');
    expect(eventOfficers[s * n + grid.labelHex[westminster]]).toBe(200);
    const stadium = grid.polygons.findIndex((p) => insideConvex([-0.2795, 51.556], p.coordinates[0]));
    expect(stadium).toBeGreaterThanOrEqual(0);
    expect(r.plan.events.map((e) => e.zone)).toEqual([grid.labelHex[westminster], stadium]);
    expect(eventOfficers[s * n + r.plan.events[1].zone]).toBe(120);
    // Officers abstracted to the events come from the other hexagons: 320 in all.
    let given = 0;
    for (let h = 0; h < n; h++) given += abstraction[s * n + h];
    expect(given).toBeCloseTo(320, 6);
  });

  it('the force filter uses each hexagon\'s majority force: the City of London\'s hexagons get no Met officers', async () => {
    const city = await hexesOf(CITY);
    expect(city.length).toBeGreaterThan(0);
    const r = await run(scenarioFile('follow-the-commute.json'));
    for (const h of city) {
      expect(r.plan.allocated[h]).toBe(0);
      expect(r.result.officersWhole[slotOf('Mon', '12:00') * r.result.n + h]).toBe(0);
    }
  });

  it('puts more officers per hexagon in central London than in the outer boroughs at Monday noon', async () => {
    const { grid } = await londonHexagons();
    const r = await run(scenarioFile('follow-the-commute.json'));
    const s = slotOf('Mon', '12:00');
    const km = (h: number) => {
      const dx = (grid.centerLon[h] + 0.1276) * 111.32 * Math.cos((51.507 * Math.PI) / 180);
      const dy = (grid.centerLat[h] - 51.5072) * 111.32;
      return Math.hypot(dx, dy);
    };
    const mean = (hs: number[]) => hs.reduce((a, h) => a + r.result.officersWhole[s * r.result.n + h], 0) / hs.length;
    const all = Array.from({ length: grid.count }, (_, h) => h).filter((h) => r.plan.allocated[h]);
    const central = all.filter((h) => km(h) < 3);
    const outer = all.filter((h) => km(h) > 15);
    expect(mean(central)).toBeGreaterThan(3 * mean(outer));
  });

  it('runs the smoothed method on hexagons: totals kept, the limit per hexagon kept, no note; deterministic', async () => {
    const smoothed = await run(scenarioFile('follow-the-commute-smoothed.json'));
    expect(smoothed.plan.method).toBe('smoothed');
    expect(smoothed.notes).toEqual([]);
    expectSmoothed(smoothed);
    // 15 officers per hexagon per 15 minutes never binds on 1 km hexagons: smoothed is follow-demand.
    expect(smoothed.result.smoothingDeviation).toBeLessThan(1e-6);
    const a = await run(scenarioFile('follow-the-commute.json'));
    const b = await run(scenarioFile('follow-the-commute.json'));
    expect(a.notes).toEqual([]);
    expect(b.result.officersWhole).toEqual(a.result.officersWhole);
    expect(b.result.inputs.demand).toEqual(a.result.inputs.demand);
    const again = await run(scenarioFile('follow-the-commute-smoothed.json'));
    expect(again.result.local).toEqual(smoothed.result.local);
  });

  it('on 3 km hexagons the limit binds: the allocation leaves follow-demand and still keeps it, with and without mutual aid', async () => {
    const { data, hexes, grid, locate } = await londonHexagons(3);
    const base = scenarioFile('follow-the-commute-smoothed.json');
    for (const mutualAid of [true, false]) {
      const r = await runFinerScenario(data, hexes, hexagonTables(grid), { ...base, smoothing: { maxChangePerSlot: 15, mutualAid } }, locate);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expectSmoothed(r);
      expect(r.result.smoothingDeviation).toBeGreaterThan(1000);
    }
  });

  it('an infeasible hexagon scenario is refused in plain words', async () => {
    const { data, hexes, grid, locate } = await londonHexagons();
    const r = await runFinerScenario(data, hexes, hexagonTables(grid), { ...scenarioFile('follow-the-commute.json'), floors: { perThousandResidents: 1 } }, locate);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message).toMatch(/^infeasible: floors add up to \d+ officers but only \d+ officers are on duty at \w{3} \d\d:\d\d, short by \d+/);
  });
});
