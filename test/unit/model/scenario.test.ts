import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareScenario } from '../../../src/model/prepareScenario.ts';
import { checkScenario, parseScenario, type Scenario } from '../../../src/model/scenario.ts';
import { loadDefault } from '../loadDefault.ts';

const base = (): Scenario => JSON.parse(readFileSync('scenarios/follow-the-commute.json', 'utf8'));

const errorsOf = (value: unknown) => {
  const r = checkScenario(value);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('scenario files', () => {
  it('accepts every shipped scenario', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files.map((name) => name.replace(/\.json$/, ''))) {
      expect(parseScenario(readFileSync(`scenarios/${f}.json`, 'utf8')).ok).toBe(true);
    }
  });

  it('names a front counter\'s bad opening hours by its path, and its unknown zone when prepared', async () => {
    const counter = { name: 'Wandsworth', zone: 'E09000032', opening: 'Mon-Fri 09:00-17:00' };
    expect(errorsOf({ ...base(), frontCounters: [counter, { ...counter, opening: 'Mon 17:00-09:00' }] })).toEqual([
      'frontCounters[1].opening: 09:00 is not after 17:00: a window closes on its own day, by 24:00',
    ]);
    expect(errorsOf({ ...base(), frontCounters: [{ ...counter, minWindowMinutes: 50 }] })).toEqual([
      'frontCounters[0].minWindowMinutes: 50 is not a multiple of 15',
    ]);
    const prepared = prepareScenario({ ...base(), frontCounters: [{ ...counter, zone: 'E09000099' }] }, await loadDefault());
    expect(prepared.ok ? [] : prepared.errors).toEqual([{ path: 'frontCounters[0].zone', message: '"E09000099" is not a zone of dataset "London boroughs (Census 2011)"' }]);
  });

  it('names an unknown field and suggests the one meant', () => {
    const s = base() as unknown as Record<string, Record<string, unknown>>;
    s.supply.headcont = 100;
    expect(errorsOf(s)).toEqual(['supply.headcont: unknown field (did you mean "headcount"?)']);
  });

  it('names the path of out-of-range, mistyped and malformed values', () => {
    const s = base() as unknown as Record<string, unknown>;
    (s.supply as Record<string, unknown>).availability = 1.5;
    (s.shifts as Record<string, unknown>[])[1].start = '15:10';
    (s.weights as Record<string, unknown>).risk = 'high';
    s.method = 'follow';
    expect(errorsOf(s)).toEqual([
      'method: "follow" is not one of "fixed", "follow-demand", "smoothed"',
      'supply.availability: 1.5 is above the maximum 1',
      'shifts[1].start: "15:10" is not in the expected form HH:MM on a quarter hour',
      'weights.risk: expected a number, found "high"',
    ]);
  });

  it('says when shift shares do not add up to 1', () => {
    const s = base();
    s.shifts[0].share = 0.5;
    expect(errorsOf(s)).toEqual(['shifts: shift shares add up to 1.15, not 1']);
  });

  it('refuses demand weights that are all 0, naming weights; a single positive one is enough', () => {
    const message = 'weights: every demand weight is 0: give people present, footfall or crime a weight above 0';
    expect(errorsOf({ ...base(), weights: { present: 0, footfall: 0, risk: 0 } })).toEqual([message]);
    expect(errorsOf({ ...base(), weights: { present: 0 } }), 'footfall and crime default to 0').toEqual([message]);
    expect(errorsOf({ ...base(), weights: { present: 0, risk: 0.5 } })).toEqual([]);
    const { weights: _unset, ...withoutWeights } = base();
    expect(errorsOf(withoutWeights), 'no weights: people present alone').toEqual([]);
  });

  it('accepts the response simulation settings and fills in their defaults', async () => {
    const s = base();
    s.service = {
      grades: { immediate: { callsPerWeek: 5000, targetMinutes: 12 }, significant: { onSceneMinutes: 45 } },
      callProfile: { days: [1, 1, 1, 1, 1.2, 1.3, 1] },
      spreadBy: 'risk',
      travel: { mode: 'mean', metric: 'euclidean', speedKmhInner: 20 },
      onScene: { distribution: 'exponential' },
      crossBoundary: true,
      replications: 80,
      seed: 12,
    };
    expect(errorsOf(s)).toEqual([]);
    const r = prepareScenario(s, await loadDefault());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.plan.service.response;
    expect(p.grades.map((g) => [g.name, g.callsPerWeek, g.targetMinutes, g.onSceneMinutes])).toEqual([
      ['immediate', 5000, 12, 60],
      ['significant', 13873, 60, 45],
    ]);
    expect([p.spreadBy, p.travelMode, p.metric, p.speedKmhInner, p.speedKmhOuter, p.onScene, p.crossBoundary, p.replications, p.seed])
      .toEqual(['risk', 'mean', 'euclidean', 20, 32, 'exponential', true, 80, 12]);
    expect(p.days).toEqual([1, 1, 1, 1, 1.2, 1.3, 1]);
    expect(p.hours).toHaveLength(24);
    expect(p.responseUnitShare).toBe(0.09141);
  });

  it('names bad response simulation settings by their path', () => {
    const s = base() as unknown as { service: Record<string, unknown> };
    s.service = {
      grades: { urgent: {} },
      callProfile: { hours: Array(24).fill(0), days: [1, 1] },
      travel: { mode: 'fast', speedKmhOuter: 0 },
      replications: 0.5,
    };
    expect(errorsOf(s)).toEqual([
      'service.grades.urgent: unknown field',
      'service.callProfile.days: needs at least 7 item(s), found 2',
      'service.travel.mode: "fast" is not one of "random", "mean", "off"',
      'service.travel.speedKmhOuter: 0 must be greater than 0',
      'service.replications: 0.5 is not a whole number',
    ]);
    (s.service as Record<string, unknown>) = { callProfile: { hours: Array(24).fill(0) } };
    expect(errorsOf(s)).toEqual(['service.callProfile.hours: every hour has weight 0']);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const r = parseScenario('{\n  "name": "x",\n  "method": fixed\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toBe('not valid JSON at line 3, column 13 (found "fixed")');
  });

  it('says an infeasible scenario is infeasible and by how much', async () => {
    const data = await loadDefault();
    const s = base();
    s.floors = { officers: 200 };
    const r = prepareScenario(s, data);
    expect(r.ok).toBe(false);
    // 32 Met boroughs x 200 = 6,400 against 5,874 on the night shift.
    if (!r.ok) {
      expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
        'floors: infeasible: floors add up to 6400 officers but only 5874 officers are on duty at Mon 00:00, short by 526 (224 of 672 slots are short)',
      ]);
    }
  });

  it('names unknown zone ids and events outside the force', async () => {
    const data = await loadDefault();
    const s = base();
    s.floors = { zones: { E09000099: 10 } };
    s.events = [{ name: 'Lord Mayor\u2019s Show', zone: 'E09000001', day: 'Sat', start: '09:00', end: '17:00', officers: 50 }];
    const r = prepareScenario(s, data);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
        'floors.zones.E09000099: "E09000099" is not a zone of dataset "London boroughs (Census 2011)"',
        'events[0]: "Lord Mayor\u2019s Show" is in City of London, which Metropolitan Police Service does not police',
      ]);
    }
  });
});
