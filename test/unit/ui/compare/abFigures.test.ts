import { describe, expect, test } from 'vitest';
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
