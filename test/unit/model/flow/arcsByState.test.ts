import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArcsByState } from '../../../../src/model/flow/arcsByState.ts';

/** Every node's six groups as lists of [arc, other end]. */
function groups(g: ArcsByState, n: number): number[][][] {
  const out: number[][][] = [];
  for (let k = 0; k < 6 * n; k++) {
    const run: number[][] = [];
    for (let j = g.first[k]; j < g.first[k + 1]; j++) run.push([g.entries[2 * j], g.entries[2 * j + 1]]);
    out.push(run);
  }
  return out;
}

describe('ArcsByState', () => {
  it('after any state changes, each node holds the groups a fresh fill gives, in arc order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            arcs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: -1, max: 1 })), { minLength: 1, maxLength: 25 }),
            changes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 1 })), { maxLength: 40 }),
          }),
        ),
        ({ n, arcs, changes }) => {
          const m = arcs.length;
          const src = Int32Array.from(arcs, (a) => a[0]);
          const dst = Int32Array.from(arcs, (a) => a[1]);
          const state = Int8Array.from(arcs, (a) => a[2]);
          const kept = new ArcsByState(n, m, src, dst);
          kept.fill(state);
          for (const [k, after] of changes) {
            const a = k % m;
            const before = state[a];
            state[a] = after;
            kept.move(a, before, after);
          }
          const fresh = new ArcsByState(n, m, src, dst);
          fresh.fill(state);
          expect(groups(kept, n)).toEqual(groups(fresh, n));
          // Each group: the node's arcs out (even groups) or in (odd) at the group's state, in arc order.
          const expected: number[][][] = [];
          for (let v = 0; v < n; v++) {
            for (const [out, s] of [[true, 1], [false, -1], [true, 0], [false, 0], [true, -1], [false, 1]] as const) {
              const run: number[][] = [];
              for (let a = 0; a < m; a++) if ((out ? src[a] : dst[a]) === v && state[a] === s) run.push([a, out ? dst[a] : src[a]]);
              expected.push(run);
            }
          }
          expect(groups(kept, n)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
