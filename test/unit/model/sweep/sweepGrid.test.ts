import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../../src/model/scenario.ts';
import { getScenarioPath, parseScenarioPath, setScenarioPath } from '../../../../src/model/sweep/scenarioPath.ts';
import { sweepGrid } from '../../../../src/model/sweep/sweepGrid.ts';
import { parseVaryAxis, type VaryAxis } from '../../../../src/model/sweep/varyAxis.ts';
import { scenarioFile } from '../../../scenarioFile.ts';

function axis(text: string): VaryAxis {
  const a = parseVaryAxis(text);
  if (!a.ok) throw new Error(a.message);
  return a.axis;
}

function path(text: string) {
  const p = parseScenarioPath(text);
  if (!p.ok) throw new Error(p.message);
  return p.path;
}

describe('scenario paths', () => {
  it('reads fields, list items and map keys against the schema', () => {
    expect(path('supply.headcount').segments).toEqual(['supply', 'headcount']);
    expect(path('supply.headcount').schema.maximum).toBe(10_000_000);
    expect(path('events[0].officers').segments).toEqual(['events', 0, 'officers']);
    expect(path('floors.zones.E09000033').schema.type).toBe('number');
    expect(path('service.grades.immediate.callsPerWeek').schema.type).toBe('number');
  });

  it.each([
    ['supply.headcont', 'unknown path: "headcont" is not a field of supply (did you mean "headcount"?)'],
    ['methd', 'unknown path: "methd" is not a field of the scenario (did you mean "method"?)'],
    ['supply[0]', 'unknown path: supply is not a list'],
    ['method.x', 'unknown path: method has no fields'],
    ['events.officers', 'unknown path: events has no fields'],
    ['supply..headcount', '"supply..headcount" is not a field path such as supply.headcount or events[0].officers'],
    ['[0]', '"[0]" is not a field path such as supply.headcount or events[0].officers'],
  ])('refuses %s', (text, message) => {
    const p = parseScenarioPath(text);
    expect(p.ok ? 'accepted' : p.message).toBe(message);
  });

  it('sets a copy, creating missing objects, and leaves the original alone', () => {
    const base = scenarioFile('fixed-borough.json');
    const before = JSON.stringify(base);
    const set = setScenarioPath(base, path('floors.officers'), 120);
    expect(set.ok && set.value.floors).toEqual({ officers: 120 });
    expect(set.ok && getScenarioPath(set.value, path('floors.officers'))).toBe(120);
    expect(JSON.stringify(base)).toBe(before);
    const missing = setScenarioPath(base, path('events[0].officers'), 5);
    expect(missing.ok ? 'set' : missing.message).toBe('events has 0 item(s) in the scenario, so there is no [0]');
  });
});

describe('--vary values', () => {
  it('reads lists (JSON where it reads as JSON) and inclusive ranges without float drift', () => {
    expect(axis('method=fixed,follow-demand').values).toEqual(['fixed', 'follow-demand']);
    expect(axis('smoothing.mutualAid=true,false').values).toEqual([true, false]);
    expect(axis('supply.headcount=26000:32000:1000').values).toEqual([26000, 27000, 28000, 29000, 30000, 31000, 32000]);
    expect(axis('weights.footfall=0:0.3:0.1').values).toEqual([0, 0.1, 0.2, 0.3]);
    expect(axis('supply.headcount=3:1:-1').values).toEqual([3, 2, 1]);
    expect(axis('supply.headcount=5:5:1').values).toEqual([5]);
  });

  it.each([
    ['supply.headcount=10:5:1', 'the range 10:5:1 is empty (from is above to)'],
    ['supply.headcount=1:5:0', 'the step is 0'],
    ['supply.headcount=1:5', '"1:5" needs a step: from:to:step'],
    ['supply.headcount=', 'no values given (an empty list)'],
    ['supply.headcount=1,,2', 'value 2 of "1,,2" is empty'],
    ['supply.headcount', '"supply.headcount" needs PATH=a,b,c or PATH=from:to:step'],
  ])('refuses %s', (text, message) => {
    const a = parseVaryAxis(text);
    expect(a.ok ? 'accepted' : a.message).toBe(message);
  });
});

describe('sweepGrid', () => {
  const base = scenarioFile('follow-the-commute.json');

  it('runs every combination, the first axis slowest, each a checked scenario with its values set', () => {
    const g = sweepGrid(base, [axis('supply.headcount=1000,2000,3000'), axis('method=fixed,follow-demand')]);
    if (!g.ok) throw new Error(JSON.stringify(g.problems));
    expect(g.grid.count).toBe(6);
    expect(Array.from({ length: 6 }, (_, r) => g.grid.valuesOf(r))).toEqual([
      [1000, 'fixed'], [1000, 'follow-demand'], [2000, 'fixed'], [2000, 'follow-demand'], [3000, 'fixed'], [3000, 'follow-demand'],
    ]);
    const s: Scenario = g.grid.scenarioOf(3);
    expect([s.supply.headcount, s.method, s.name]).toEqual([2000, 'follow-demand', base.name]);
  });

  it('with no axes is the base scenario alone', () => {
    const g = sweepGrid(base, []);
    expect(g.ok && g.grid.count).toBe(1);
    expect(g.ok && g.grid.scenarioOf(0)).toEqual(base);
  });

  it('names the path of a value the scenario check rejects, with the check\'s message', () => {
    const g = sweepGrid(base, [axis('supply.headcount=100,-5'), axis('method=fixed,folow')]);
    expect(g.ok ? [] : g.problems).toEqual([
      { path: 'supply.headcount', message: 'value -5 is rejected: supply.headcount: -5 is below the minimum 0' },
      { path: 'method', message: 'value folow is rejected: method: "folow" is not one of "fixed", "follow-demand", "smoothed"' },
    ]);
  });

  it('checks rules across fields in combination only: shift shares that add up to 1 together pass', () => {
    const ok = sweepGrid(base, [axis('shifts[0].share=0.4'), axis('shifts[1].share=0.3')]);
    expect(ok.ok).toBe(true);
    const bad = sweepGrid(base, [axis('shifts[0].share=0.4,0.35'), axis('shifts[1].share=0.3')]);
    expect(bad.ok ? [] : bad.problems).toEqual([
      { path: 'shifts[0].share=0.35, shifts[1].share=0.3', message: 'this combination is rejected: shifts: shift shares add up to 0.95, not 1' },
    ]);
  });

  it('refuses a path varied twice', () => {
    const g = sweepGrid(base, [axis('method=fixed'), axis('method=follow-demand')]);
    expect(g.ok ? [] : g.problems.map((p) => p.message)).toEqual(['is varied twice; give all its values in one --vary']);
  });
});
