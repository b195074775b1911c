import { nsPerZoneSlot, type BenchResults, type StepResult, type TargetLine } from './results.ts';
import { STEP } from './scaleSteps.ts';

const find = (r: BenchResults, zones: number, step: string): StepResult | undefined =>
  r.steps.find((s) => s.zones === zones && s.step === step && s.stats);

/** ns per zone-slot of follow-demand + apportionment (medians) at a scale; NaN when not run. */
function allocationNs(r: BenchResults, zones: number): number {
  const f = find(r, zones, STEP.follow);
  const a = find(r, zones, STEP.apportion);
  return f && a ? nsPerZoneSlot(f) + nsPerZoneSlot(a) : NaN;
}

function floorNs(r: BenchResults, zones: number): number {
  const f = find(r, zones, STEP.floor);
  return f ? nsPerZoneSlot(f) : NaN;
}

const line = (ok: boolean | null, text: string): TargetLine => ({ pass: ok, text });
const x = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(0)}x`;

/** The response simulation's targets (issue 10). */
export function responseTargetLines(r: BenchResults): TargetLine[] {
  const p = r.response;
  if (!p) return [line(null, 'response simulation: not run')];
  const nsEvent = (p.replication.median * 1e6) / p.events;
  const nsFloor = (p.floor.median * 1e6) / p.events;
  const ratio = nsEvent / nsFloor;
  const two = p.twoWorkers.median / 1000;
  const speedUp = p.oneWorker.median / p.twoWorkers.median;
  const ceiling = p.spinOne.median / p.spinTwo.median;
  return [
    line(ratio <= 5, `response simulation: ${nsEvent.toFixed(0)} ns per event (${(1e3 / nsEvent).toFixed(2)} M events/s per core) vs heap push+pop floor ${nsFloor.toFixed(0)} ns: ${x(ratio)} (target <= 5x)`),
    line(two <= 3, `response simulation: ${p.replications} replications of a London week on 2 workers in ${two.toFixed(2)} s (target <= 3 s)`),
    line(speedUp >= 1.6, `response simulation: 2 workers vs 1: ${x(speedUp)} faster (target >= 1.6x; a CPU-only loop got ${x(ceiling)} at the same time)${p.sameResult ? '' : '; RESULTS DIFFER between 1 and 2 workers'}`),
  ];
}

/** The targets as PASS / MISS / n/a lines (reported, never asserted). */
export function targetLines(r: BenchResults): TargetLine[] {
  const out: TargetLine[] = [];

  const lsoa = allocationNs(r, 4835) / floorNs(r, 4835);
  out.push(Number.isFinite(lsoa)
    ? line(lsoa <= 20, `follow-demand + apportionment, week at 4,835 zones: ${x(lsoa)} the memory-pass floor (target <= 20x)`)
    : line(null, 'follow-demand + apportionment at 4,835 zones: not run'));

  const qp = r.qp.filter((q) => !q.skipped);
  if (qp.length) {
    const rel = Math.max(...qp.map((q) => q.maxRelDiff));
    const abs = Math.max(...qp.map((q) => q.maxAbsDiff));
    out.push(line(rel <= 1e-9, `per-slot allocation equals HiGHS's QP optimum: max relative difference ${rel.toExponential(1)}, max absolute ${abs.toExponential(1)} officers (target <= 1e-9)`));
    const speed = Math.min(...qp.map((q) => q.speedRatio));
    const each = qp.map((q) => `${x(q.speedRatio)} at ${q.zones.toLocaleString('en-GB')} zones`).join(', ');
    out.push(line(speed >= 1000, `per-slot engine vs HiGHS: ${each} faster (target >= 1,000x)`));
  } else out.push(line(null, 'HiGHS QP reference: not run'));

  out.push(...smoothedTargets(r));

  const scales = [...new Set(r.steps.map((s) => s.zones))].sort((a, b) => a - b).filter((z) => Number.isFinite(allocationNs(r, z)));
  const big = scales.filter((z) => z >= 2500);
  if (big.length >= 2) {
    const first = big[0];
    const last = big[big.length - 1];
    const growth = allocationNs(r, last) / allocationNs(r, first);
    const each = scales.map((z) => `${z.toLocaleString('en-GB')}: ${allocationNs(r, z).toFixed(1)}`).join(', ');
    out.push(line(growth <= 2, `near-linear growth: follow-demand + apportionment ns per zone-slot ${each}; ${last.toLocaleString('en-GB')} vs ${first.toLocaleString('en-GB')} zones ${x(growth)} (target <= 2x)`));
  } else out.push(line(null, 'growth: needs two scales of 2,500 zones or more'));

  if (r.parallel) {
    const p = r.parallel;
    const speedUp = p.sequential.median / p.parallel.median;
    const ceiling = p.spinSequential.median / p.spinParallel.median;
    out.push(line(speedUp >= 1.6, `two scenarios on two workers vs one after the other (${p.zones.toLocaleString('en-GB')} zones): ${x(speedUp)} faster (target >= 1.6x; a CPU-only loop got ${x(ceiling)} at the same time)`));
  } else out.push(line(null, 'two workers: not run'));

  if (r.transfer) {
    const t = r.transfer;
    const ratio = t.clone.median / t.transfer.median;
    out.push(line(ratio > 1, `${t.megabytes.toFixed(0)} MB round trip to a worker: transfer ${t.transfer.median.toFixed(2)} ms vs structured clone ${t.clone.median.toFixed(1)} ms, ${x(ratio)} faster (target: transfer faster than clone)`));
  } else out.push(line(null, 'transfer vs clone: not run'));
  out.push(...responseTargetLines(r));
  return out;
}

const ms = (v: number) => (v < 1000 ? `${v.toFixed(v < 10 ? 1 : 0)} ms` : `${(v / 1000).toFixed(1)} s`);
const zoneCount = (n: number) => n.toLocaleString('en-GB');

/** A step's median time, or why it has none. */
function timed(s: StepResult | undefined): string {
  if (!s) return 'not run';
  return s.stats ? ms(s.stats.median) : (s.skipped ?? 'not run');
}

/** The smoothed method's targets: the min-cost flow on the London week, hexagons, 2,500 zones, growth. */
function smoothedTargets(r: BenchResults): TargetLine[] {
  const out: TargetLine[] = [];
  const london = (label: string, aid: boolean) => r.london.find((s) => s.step === `smoothed flow${aid ? ', mutual aid' : ''} (week), ${label}`);
  const synthetic = (zones: number, name: string) => r.steps.find((s) => s.zones === zones && s.step === name);

  const boroughs = london('London boroughs (data/)', true);
  const s32 = synthetic(32, 'smoothed flow, mutual aid (week)');
  const h32 = synthetic(32, 'smoothed LP, mutual aid (week)');
  out.push(boroughs?.stats
    ? line(boroughs.stats.median <= 100, `smoothed, London week with mutual aid (data/, 33 zones): min-cost flow ${ms(boroughs.stats.median)} (target <= 100 ms); synthetic 32-zone week: flow ${timed(s32)}, HiGHS ${timed(h32)}`)
    : line(null, `smoothed, London week with mutual aid: ${timed(boroughs)}`));

  const hexes = london('London 1 km hexagons', true);
  out.push(hexes?.stats
    ? line(hexes.stats.median <= 3000, `smoothed, 694 London 1 km hexagons, week with mutual aid (15 officers per hexagon, which never binds there): ${ms(hexes.stats.median)} (target <= 3 s)`)
    : line(hexes ? false : null, `smoothed, 694 London 1 km hexagons, week with mutual aid: ${timed(hexes)} (target <= 3 s)`));
  const lattice = synthetic(694, 'smoothed flow, mutual aid (week)');
  out.push(lattice?.stats
    ? line(lattice.stats.median <= 3000, `smoothed, 694 zones on the synthetic hexagonal lattice, week with mutual aid (the limit binds): ${ms(lattice.stats.median)} (target <= 3 s)`)
    : line(lattice ? false : null, `smoothed, 694 zones on the synthetic hexagonal lattice, week with mutual aid: ${timed(lattice)} (target <= 3 s)`));

  const big = synthetic(2500, 'smoothed flow (week)');
  const bigAid = synthetic(2500, 'smoothed flow, mutual aid (week)');
  if (!big) out.push(line(null, 'smoothed, 2,500 zones: not run'));
  else if (!big.stats) out.push(line(false, `smoothed week at 2,500 zones within 500x the floor (about 3 s): ${timed(big)}; with mutual aid: ${timed(bigAid)}`));
  else {
    const ratio = nsPerZoneSlot(big) / floorNs(r, 2500);
    out.push(line(ratio <= 500, `smoothed week at 2,500 zones: min-cost flow ${ms(big.stats.median)}, ${x(ratio)} the floor (target <= 500x); with mutual aid: ${timed(bigAid)}`));
  }

  const weeks = [32, 694, 2500].map((z) => ({ z, s: synthetic(z, 'smoothed flow (week)') }));
  const each = weeks.map(({ z, s }) => `${zoneCount(z)}: ${s?.stats ? nsPerZoneSlot(s).toFixed(0) : 'not finished'}`).join(', ');
  const first = weeks[0].s;
  const last = weeks[weeks.length - 1].s;
  if (first?.stats && last?.stats) {
    const growth = nsPerZoneSlot(last) / nsPerZoneSlot(first);
    out.push(line(growth <= 2, `smoothed growth, min-cost flow week without aid, ns per zone-slot ${each}; 2,500 vs 32 zones ${x(growth)} (target <= 2x)`));
  } else out.push(line(first ? false : null, `smoothed growth, min-cost flow week without aid, ns per zone-slot ${each} (target: 2,500 within 2x of 32)`));

  // The same instance solved both ways: the optima must agree (they are the same LP).
  let worst = 0;
  let pairs = 0;
  for (const h of r.steps) {
    if (!h.step.startsWith('smoothed LP') || h.deviation === undefined || !h.stats) continue;
    const f = synthetic(h.zones, h.step.replace('smoothed LP', 'smoothed flow'));
    if (f?.deviation === undefined) continue;
    pairs++;
    worst = Math.max(worst, Math.abs(f.deviation - h.deviation) / Math.max(1, h.deviation));
  }
  if (pairs) out.push(line(worst <= 1e-7, `smoothed min-cost flow equals HiGHS's LP optimum on the ${pairs} instances both solved: max relative difference ${worst.toExponential(1)} (target <= 1e-7)`));
  return out;
}
