import { describe, expect, test } from 'vitest';
import type { GradeResponse, ResponseFigures, ResponseResult } from '../../../../src/model/response/responseResult.ts';
import { abFigures } from '../../../../src/ui/compare/abFigures.ts';
import { londonPair } from './londonPair.ts';

const NOON = 48;

describe('the A/B headline table on the London default (A fixed-borough, B follow-the-commute)', async () => {
  const { a, b } = await londonPair();
  const figures = abFigures(a, b, NOON);
  const row = (group: 'now' | 'week', key: string) => figures[group].find((r) => r.key === key)!;

  test('each row holds A, B and B − A of the same measure, for the slot on screen and the week', () => {
    for (const group of ['now', 'week'] as const) {
      expect(figures[group].map((r) => r.key)).toEqual(['onDuty', 'dissimilarity', 'gini', 'moved', 'unmet', 'withinTarget']);
      for (const r of figures[group]) expect(r.change).toBe(r.b - r.a);
    }
    expect(row('now', 'onDuty')).toMatchObject({ a: a.onDuty[NOON], b: b.onDuty[NOON], text: { a: '6,854', b: '6,854', change: '0' } });
    expect(row('now', 'dissimilarity').a).toBe(a.measures.dissimilarity[NOON]);
    expect(row('week', 'gini').b).toBe(b.measures.totals.gini);
    expect(row('week', 'moved').a).toBe(0);
    expect(row('now', 'moved').b).toBe(b.measures.movedHours[NOON] * 4);
  });

  test('shares differ in percentage points: immediate calls in time at Monday 12:00 go from 82.3% to 93.0%', () => {
    expect(row('now', 'withinTarget').text).toEqual({ a: '82.3%', b: '93.0%', change: '+10.7 points' });
    expect(row('week', 'withinTarget').text.a).toBe('86.8%');
    expect(row('week', 'onDuty').label).toBe('Officer-hours on duty');
    expect(row('week', 'moved').label).toBe('Moved across borough lines (officer-hours)');
  });
});

/** A response result whose immediate grade has `share` [low, high] in every slot and for the week. */
function simulated(share: number, low: number, high: number): ResponseResult {
  const figures = (cells: number): ResponseFigures => {
    const fill = (v: number) => new Float64Array(cells).fill(v);
    return { calls: fill(10), share: fill(share), shareLow: fill(low), shareHigh: fill(high), meanResponse: fill(9), p90Response: fill(14), meanWait: fill(1), meanTravel: fill(8) };
  };
  const grade: GradeResponse = {
    name: 'immediate', targetMinutes: 15, zoneSlot: figures(672), zone: figures(1), slot: figures(672), total: figures(1),
    unattended: 0, crossedShare: 0, meanWaiting: 0, meanWaitingLow: 0, meanWaitingHigh: 0, arrivalRateTimesWait: 0,
  };
  return { n: 1, slots: 672, replications: 20, seed: 1, grades: [grade], units: new Int32Array(672), eventsPerReplication: 0 };
}

describe('the A/B table with both response simulations', async () => {
  const { a, b } = await londonPair();

  test('adds the simulated share of immediate calls attended in time, with its 95% interval, after the Erlang C row', () => {
    const figures = abFigures(a, b, NOON, { a: simulated(0.8681, 0.8666, 0.8697), b: simulated(0.8908, 0.8893, 0.8922) });
    for (const group of ['now', 'week'] as const) {
      expect(figures[group].map((r) => r.key)).toEqual(['onDuty', 'dissimilarity', 'gini', 'moved', 'unmet', 'withinTarget', 'simulated']);
      const row = figures[group].find((r) => r.key === 'simulated')!;
      expect(row.label).toBe('Immediate calls attended within 15 minutes (simulated, 95% interval)');
      expect(row.text).toEqual({ a: '86.8% (86.7%\u201387.0%)', b: '89.1% (88.9%\u201389.2%)', change: '+2.3 points' });
      expect(row.change).toBeCloseTo(0.0227, 10);
    }
  });
});
