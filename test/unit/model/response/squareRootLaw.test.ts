/**
 * The square-root law against geometry: calls placed uniformly at random in a square, each answered by
 * the nearest of k units placed uniformly at random, by right-angle (Manhattan) distance. The law's
 * constant 0.627 = 0.5 sqrt(pi / 2) (Larson and Odoni ch. 5) must give the mean within 3%.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/model/response/rng.ts';
import { lawConstant, nearestUnitDistance, squareRootLaw } from '../../../../src/model/response/squareRootLaw.ts';

/** Mean and sorted sample of nearest-unit distances in the unit square (wrapped round when `torus`). */
function nearestDistances(k: number, placements: number, callsEach: number, torus: boolean, seed: number, manhattan = true) {
  const rng = new Rng(seed);
  const ux = new Float64Array(k);
  const uy = new Float64Array(k);
  const out = new Float64Array(placements * callsEach);
  let m = 0;
  for (let p = 0; p < placements; p++) {
    for (let j = 0; j < k; j++) {
      ux[j] = rng.uniform();
      uy[j] = rng.uniform();
    }
    for (let c = 0; c < callsEach; c++) {
      const x = rng.uniform();
      const y = rng.uniform();
      let best = Infinity;
      for (let j = 0; j < k; j++) {
        let dx = Math.abs(x - ux[j]);
        let dy = Math.abs(y - uy[j]);
        if (torus) {
          dx = Math.min(dx, 1 - dx);
          dy = Math.min(dy, 1 - dy);
        }
        const d = manhattan ? dx + dy : Math.hypot(dx, dy);
        if (d < best) best = d;
      }
      out[m++] = best;
    }
  }
  out.sort();
  return { mean: out.reduce((a, b) => a + b, 0) / m, sorted: out };
}

describe('the square-root law', () => {
  it('gives the mean distance to the nearest of k units in a square within 3% (Manhattan, k from 200)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 800 }), fc.integer({ min: 1, max: 1e6 }), (k, seed) => {
        const { mean } = nearestDistances(k, 10, 300, false, seed);
        expect(Math.abs(mean / squareRootLaw(lawConstant('manhattan'), 1, k) - 1)).toBeLessThan(0.03);
      }),
      { seed: 7, numRuns: 4 },
    );
  });

  it('holds within 3% from k = 20 once edges are removed (a square wrapped round), in both metrics', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 300 }), fc.integer({ min: 1, max: 1e6 }), fc.boolean(), (k, seed, manhattan) => {
        const { mean } = nearestDistances(k, 40, 200, true, seed, manhattan);
        const law = squareRootLaw(lawConstant(manhattan ? 'manhattan' : 'euclidean'), 1, k);
        expect(Math.abs(mean / law - 1)).toBeLessThan(0.03);
      }),
      { seed: 8, numRuns: 6 },
    );
  });

  it("draws travel distances with the law's mean and the geometric spread", () => {
    const k = 100;
    const law = squareRootLaw(lawConstant('manhattan'), 1, k);
    const rng = new Rng(99);
    const draws = Float64Array.from({ length: 40000 }, () => nearestUnitDistance(law, rng.uniformOpen())).sort();
    const geometric = nearestDistances(k, 40, 500, true, 5).sorted;
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(Math.abs(mean / law - 1)).toBeLessThan(0.01);
    for (const p of [0.5, 0.9]) {
      const a = draws[Math.floor(p * draws.length)];
      const b = geometric[Math.floor(p * geometric.length)];
      expect(Math.abs(a / b - 1)).toBeLessThan(0.03);
    }
  });
});
