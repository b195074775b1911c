import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../../src/model/runScenario.ts';
import { slotOf } from '../../../src/model/time.ts';
import { loadDefault } from '../loadDefault.ts';
import { londonRun } from '../londonRun.ts';

async function run(file: string): Promise<{ result: ScenarioResult; officersAt: (id: string, day: 'Mon' | 'Sat', clock: string) => number }> {
  const { data, result, zone } = await londonRun(file);
  const n = data.zones.count;
  return { result, officersAt: (id, day, clock) => result.officersWhole[slotOf(day, clock) * n + zone(id)] };
}

const WESTMINSTER = 'E09000033';
const TOWER_HAMLETS = 'E09000030';
const WANDSWORTH = 'E09000032';
const CITY = 'E09000001';

describe('London default: fixed-borough against follow-the-commute, Monday 12:00', () => {
  it('moves officers into Westminster and Tower Hamlets and out of Wandsworth', async () => {
    const fixed = await run('fixed-borough.json');
    const follow = await run('follow-the-commute.json');
    // The same 6,854 officers are on duty in both (early shift, Monday).
    expect(fixed.result.onDuty[slotOf('Mon', '12:00')]).toBe(6854);
    expect(follow.result.onDuty[slotOf('Mon', '12:00')]).toBe(6854);

    expect(fixed.officersAt(WESTMINSTER, 'Mon', '12:00')).toBe(184);
    expect(follow.officersAt(WESTMINSTER, 'Mon', '12:00')).toBe(511);
    expect(fixed.officersAt(TOWER_HAMLETS, 'Mon', '12:00')).toBe(213);
    expect(follow.officersAt(TOWER_HAMLETS, 'Mon', '12:00')).toBe(301);
    expect(fixed.officersAt(WANDSWORTH, 'Mon', '12:00')).toBe(258);
    expect(follow.officersAt(WANDSWORTH, 'Mon', '12:00')).toBe(203);
  });

  it('reproduces the Met\'s 86.9% of immediate calls within 15 minutes under fixed-borough (the calibration), and beats it following the commute', async () => {
    const fixed = await run('fixed-borough.json');
    const follow = await run('follow-the-commute.json');
    expect(fixed.result.measures.totals.withinTarget).toBeCloseTo(0.8685, 3);
    expect(follow.result.measures.totals.withinTarget).toBeCloseTo(0.8939, 3);
  });

  it('gives the City of London, policed by the City of London Police, no Met officers at any time', async () => {
    for (const file of ['fixed-borough.json', 'follow-the-commute.json']) {
      const { officersAt } = await run(file);
      for (const clock of ['03:00', '08:45', '12:00', '18:30']) expect(officersAt(CITY, 'Mon', clock)).toBe(0);
    }
  });

  it('keeps the neighbourhood floor of 150 officers in every Met borough around the clock', async () => {
    const data = await loadDefault();
    const { result } = await run('follow-the-commute.json');
    const n = data.zones.count;
    let binding = 0;
    for (let i = 0; i < result.officersWhole.length; i++) {
      if (data.zones.forces[i % n] !== 'Metropolitan Police Service') continue;
      expect(result.officersWhole[i]).toBeGreaterThanOrEqual(150);
      if (result.officersWhole[i] === 150) binding++;
    }
    // The floor is not decorative: it holds some boroughs up.
    expect(binding).toBeGreaterThan(0);
  });

  it('reports which boroughs the Saturday protest in Westminster takes its 400 officers from', async () => {
    const data = await loadDefault();
    const { result, officersAt } = await run('weighted-risk-with-protest.json');
    const [protest] = result.events;
    expect(protest.officerHours).toBe(2400);
    const from = protest.abstractedFrom.map((a) => data.zones.ids[a.zone]);
    expect(from[0]).toBe(WESTMINSTER);
    expect(from).not.toContain(CITY);
    const total = protest.abstractedFrom.reduce((a, b) => a + b.officerHours, 0);
    expect(total).toBeCloseTo(2400, 6);
    // During the protest Westminster holds its own share plus the 400 at the event.
    expect(officersAt(WESTMINSTER, 'Sat', '14:00') - officersAt(WESTMINSTER, 'Sat', '11:45')).toBeGreaterThan(300);
  });
});
