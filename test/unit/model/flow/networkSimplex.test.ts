import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FlowNetworkBuilder, type FlowNetwork } from '../../../../src/model/flow/flowNetwork.ts';
import { NetworkSimplex, type FlowStatus, type NetworkSimplexOptions } from '../../../../src/model/flow/networkSimplex.ts';
import { highsSolver } from '../../../../src/model/highsSolver.ts';
import type { LpSolver } from '../../../../src/model/linearProgram.ts';
import { networkProgram } from './networkProgram.ts';

interface ArcSpec {
  from: number;
  to: number;
  lower: number;
  /** Added to the lower bound; null for no upper bound. */
  width: number | null;
  cost: number;
}

/** A real number in [min, max] with no short binary expansion (k/7 or k/1000), or a whole number. */
const real = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.integer({ min: 7 * min, max: 7 * max }).map((k) => k / 7), fc.integer({ min: 1000 * min, max: 1000 * max }).map((k) => k / 1000));

/** Random networks: real or whole supplies, capacities and costs, lower bounds, unbounded arcs, self-loops. */
const arbitraryNetwork = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    arcs: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: n - 1 }),
        to: fc.integer({ min: 0, max: n - 1 }),
        lower: fc.oneof(fc.constant(0), real(0, 4)),
        width: fc.option(real(0, 12), { freq: 5 }),
        cost: real(-6, 20),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    moves: fc.array(
      fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), real(0, 15)),
      { maxLength: 5 },
    ),
  }),
);

function build(spec: { n: number; arcs: ArcSpec[]; moves: [number, number, number][] }): FlowNetwork {
  const b = new FlowNetworkBuilder();
  for (let v = 0; v < spec.n; v++) b.addNode();
  for (const [from, to, amount] of spec.moves) {
    b.addSupply(from, amount);
    b.addSupply(to, -amount);
  }
  for (const a of spec.arcs) b.addArc(a.from, a.to, a.lower, a.width === null ? Infinity : a.lower + a.width, a.cost);
  return b.build();
}

/** Largest violation of conservation and of the bounds by a flow. */
function violations(net: FlowNetwork, flow: Float64Array): { conservation: number; bounds: number } {
  const balance = Float64Array.from(net.supply);
  let bounds = 0;
  for (let a = 0; a < net.arcCount; a++) {
    balance[net.from[a]] -= flow[a];
    balance[net.to[a]] += flow[a];
    bounds = Math.max(bounds, net.lower[a] - flow[a], flow[a] - net.upper[a]);
  }
  return { conservation: Math.max(...Array.from(balance, Math.abs)), bounds };
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('NetworkSimplex: exact min-cost flow against HiGHS on random networks', () => {
  let lp: LpSolver;
  beforeAll(async () => {
    lp = highsSolver((await loadHighs()) as never);
  });

  for (const pricing of ['block', 'boundary'] as const) {
    it(`${pricing} pricing: the same status, the same optimum within 1e-7 relative, flows within 1e-9 of conservation and bounds`, async () => {
      let seen = { optimal: 0, infeasible: 0, unbounded: 0 };
      await fc.assert(
        fc.asyncProperty(arbitraryNetwork, async (spec) => {
          const net = build(spec);
          const solver = new NetworkSimplex(net, { pricing });
          const status = solver.run();
          const ref = await lp(networkProgram(net));
          seen = { ...seen, [status]: seen[status as keyof typeof seen] + 1 };
          if (status === 'optimal') {
            expect(ref.status).toBe('optimal');
            expect(relative(solver.objective(), ref.objective)).toBeLessThanOrEqual(1e-7);
            const v = violations(net, solver.flows());
            expect(v.conservation).toBeLessThanOrEqual(1e-9);
            expect(v.bounds).toBeLessThanOrEqual(1e-9);
          } else if (status === 'infeasible') {
            expect(ref.status).toBe('infeasible');
          } else {
            expect(status).toBe('unbounded');
            expect(ref.message).toMatch(/unbounded/);
          }
        }),
        { numRuns: 400 },
      );
      // The generator reaches every outcome, so each branch above was exercised.
      expect(Math.min(seen.optimal, seen.infeasible, seen.unbounded)).toBeGreaterThan(0);
    }, 60_000);
  }

  it('a warm start (any suggested tree, any arcs at their upper bounds) reaches the same optimum', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.array(fc.integer({ min: -1, max: 40 }), { minLength: 10, maxLength: 10 }), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (spec, tree, upper) => {
        const net = build(spec);
        const cold = new NetworkSimplex(net);
        const options: NetworkSimplexOptions = {
          initialTree: Int32Array.from({ length: net.nodeCount }, (_, v) => tree[v]),
          startAtUpper: Uint8Array.from({ length: net.arcCount }, (_, a) => (upper[a] ? 1 : 0)),
        };
        const warm = new NetworkSimplex(net, options);
        const status = cold.run();
        expect(warm.run()).toBe(status);
        if (status === 'optimal') {
          expect(relative(warm.objective(), cold.objective())).toBeLessThanOrEqual(1e-9);
          expect(violations(net, warm.flows()).conservation).toBeLessThanOrEqual(1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('run(k) in chunks ends where one run() does, and is deterministic', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.integer({ min: 1, max: 5 }), (spec, chunk) => {
        const net = build(spec);
        const whole = new NetworkSimplex(net);
        const wholeStatus = whole.run();
        const stepped = new NetworkSimplex(net);
        let status: FlowStatus = 'running';
        let calls = 0;
        while ((status = stepped.run(chunk)) === 'running') calls++;
        expect(status).toBe(wholeStatus);
        expect(stepped.pivots).toBe(whole.pivots);
        expect(calls).toBeGreaterThanOrEqual(Math.floor(whole.pivots / chunk) - 1);
        if (status === 'optimal') expect(stepped.flows()).toEqual(whole.flows());
      }),
      { numRuns: 200 },
    );
  });

  it('at the optimum the potentials prove it: reduced costs >= 0 at lower bounds, <= 0 at upper, 0 between', () => {
    fc.assert(
      fc.property(arbitraryNetwork, (spec) => {
        const net = build(spec);
        const solver = new NetworkSimplex(net);
        if (solver.run() !== 'optimal') return;
        const pi = solver.potentials();
        const flow = solver.flows();
        const scale = Math.max(1, ...Array.from(net.cost, Math.abs));
        for (let a = 0; a < net.arcCount; a++) {
          const rc = net.cost[a] + pi[net.from[a]] - pi[net.to[a]];
          const atLower = flow[a] <= net.lower[a] + 1e-9;
          const atUpper = flow[a] >= net.upper[a] - 1e-9;
          if (!atLower) expect(rc).toBeLessThanOrEqual(1e-9 * scale);
          if (!atUpper) expect(rc).toBeGreaterThanOrEqual(-1e-9 * scale);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('basisOnly ends on the same basis after the same pivots', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.boolean(), (spec, boundary) => {
        const net = build(spec);
        const pricing = boundary ? 'boundary' : 'block';
        const full = new NetworkSimplex(net, { pricing });
        const lean = new NetworkSimplex(net, { pricing, basisOnly: true });
        if (full.run() !== 'optimal') return;
        expect(lean.run()).toBe('optimal');
        expect(lean.pivots).toBe(full.pivots);
        expect(lean.treeArcs()).toEqual(full.treeArcs());
        expect(lean.atUpper()).toEqual(full.atUpper());
      }),
      { numRuns: 200 },
    );
  });

  it('supplies that do not add up to zero are infeasible', () => {
    const b = new FlowNetworkBuilder();
    b.addNode(2);
    b.addNode(-1);
    b.addArc(0, 1, 0, Infinity, 1);
    expect(new NetworkSimplex(b.build()).run()).toBe('infeasible');
  });
});
