/** The frontier chart's lines and its answer in words: the price of borough boundaries. */
import { describe, expect, it } from 'vitest';
import type { Method } from '../../../../src/engine/index.ts';
import type { MethodFrontier } from '../../../../src/ui/batch/frontierRuns.ts';
import { frontierAnswer, frontierLines } from '../../../../src/ui/batch/frontierSeries.ts';

function frontier(method: Method, value: number | null, points: [number, number, number?][]): MethodFrontier {
  const curve = points.map(([v, share, low]) => ({ value: v, share, low: low ?? null, high: low === undefined ? null : share + (share - low) }));
  return { method, refused: null, values: [method], target: 0.9, value, at: curve.find((p) => p.value === value) ?? null, monotone: true, points: curve };
}

// The London frontier at 90% (docs/scenarios.md: fixed 32,532, follow-the-commute 31,246).
const LONDON = [
  frontier('fixed', 32532, [[30940, 0.868], [32531, 0.8997], [32532, 0.9012], [34034, 0.92]]),
  frontier('follow-demand', 31246, [[30940, 0.894], [31245, 0.8998], [31246, 0.9001], [34034, 0.944]]),
  frontier('smoothed', 31246, [[30940, 0.894], [31246, 0.9001]]),
];

describe('frontier series', () => {
  it('one line per method through its evaluated points, its answer marked; refused points left out', () => {
    const withRefused = frontier('fixed', 32532, [[20000, NaN], [32532, 0.9012]]);
    const lines = frontierLines([withRefused, LONDON[1]], false);
    expect(lines.map((l) => l.label)).toEqual(['Fixed', 'Follow demand']);
    expect(lines[0].points).toEqual([{ x: 32532, y: 0.9012 }]);
    expect(lines[0].mark).toEqual({ point: { x: 32532, y: 0.9012 }, label: 'Fixed: 32,532' });
    expect(lines[1].points.map((p) => p.x)).toEqual([30940, 31245, 31246, 34034]);
    expect(lines[0].style).not.toBe(lines[1].style);
  });

  it('with the simulation, the lines follow the lower bound the search compared', () => {
    const sim = frontier('fixed', 32000, [[31000, 0.9, 0.88], [32000, 0.92, 0.905]]);
    expect(frontierLines([sim], true)[0]).toMatchObject({ points: [{ x: 31000, y: 0.88 }, { x: 32000, y: 0.905 }], mark: { point: { x: 32000, y: 0.905 } } });
  });

  it('states the price of borough boundaries in officers against fixed, and why not when it cannot', () => {
    const london = frontierAnswer(LONDON, 0.9, 15);
    expect(london.prices).toEqual([{ method: 'follow-demand', officers: 1286 }, { method: 'smoothed', officers: 1286 }]);
    expect(london.sentences).toEqual([
      'Fixed borough lines need 32,532 officers for 90.0% of immediate calls within 15 minutes.',
      'Follow demand needs 31,246: the price of borough boundaries is 1,286 officers.',
      'Smoothed needs 31,246: the price of borough boundaries is 1,286 officers.',
    ]);
    expect(frontierAnswer(LONDON.slice(1), 0.9, 15).sentences).toEqual([expect.stringMatching(/^Include Fixed to state the price/)]);
    const unreached = frontierAnswer([frontier('fixed', null, []), LONDON[1]], 0.9, 15);
    expect(unreached).toEqual({ prices: [], sentences: ["Fixed does not reach 90.0% of immediate calls within 15 minutes within the schema's headcount limit."] });
    const dearer = frontierAnswer([LONDON[0], frontier('smoothed', 33000, [[33000, 0.91]])], 0.9, 15);
    expect(dearer.prices).toEqual([{ method: 'smoothed', officers: -468 }]);
    expect(dearer.sentences[1]).toBe('Smoothed needs 33,000, 468 more than fixed: borough boundaries cost no officers here.');
  });
});
