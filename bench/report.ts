import { nsPerZoneSlot, type BenchResults, type ResponseBenchResult, type StepResult } from './results.ts';
import { STEP } from './scaleSteps.ts';
import type { Stats } from './timing.ts';

/** Milliseconds to about three significant figures. */
export function ms(v: number): string {
  if (!Number.isFinite(v)) return '-';
  return v < 1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
}

const spread = (s: Stats) => `${ms(s.min)}..${ms(s.max)}`;
const meanStd = (s: Stats) => `${ms(s.mean)}±${ms(s.std)}`;

function floorNsAt(steps: StepResult[], zones: number): number {
  const f = steps.find((s) => s.zones === zones && s.step === STEP.floor && s.stats);
  return f ? nsPerZoneSlot(f) : NaN;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r.length > 1 ? r[c].length : 0))));
  return rows
    .map((r) => (r.length === 1 ? r[0] : r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')))
    .join('\n');
}

/** The human-readable report: steps table, HiGHS comparison, workers, targets. */
export function formatReport(r: BenchResults): string {
  const head = ['zones', 'step', 'median ms', 'min..max ms', 'mean±std ms', 'n', 'ns/zone-slot', 'x floor'];
  const rows: string[][] = [head];
  for (const s of r.steps) {
    const z = s.zones.toLocaleString('en-GB');
    if (!s.stats) {
      rows.push([z, s.step, '-', '-', '-', '-', '-', '-']);
      rows.push([`${' '.repeat(8)}skipped: ${s.skipped}`]);
      continue;
    }
    const ns = nsPerZoneSlot(s);
    rows.push([z, s.step, ms(s.stats.median), spread(s.stats), meanStd(s.stats), String(s.stats.samples.length), ns.toFixed(2), (ns / floorNsAt(r.steps, s.zones)).toFixed(1)]);
  }
  const out: string[] = [];
  out.push(`Tideline bench: Node ${r.node}, ${r.cpus} CPUs, load average ${r.loadAverage.slice(0, 3).map((v) => v.toFixed(2)).join(' ')} at start, ${r.loadAverage.slice(3).map((v) => v.toFixed(2)).join(' ')} at end${r.quick ? ' (--quick)' : ''}`);
  out.push('', table(rows), '');
  out.push(...smoothedLines(r), '');
  out.push('HiGHS QP reference (per slot: min sum A^2/(2D) s.t. sum A = H, L <= A <= U):');
  for (const q of r.qp) {
    const z = q.zones.toLocaleString('en-GB');
    if (q.skipped || !q.highsMsPerSlot) out.push(`  ${z} zones: skipped: ${q.skipped}`);
    else {
      out.push(`  ${z} zones, ${q.slots} slot(s): HiGHS ${ms(q.highsMsPerSlot.median)} ms/slot (${spread(q.highsMsPerSlot)}), engine ${(q.engineMsPerSlot * 1000).toFixed(2)} us/slot, ` +
        `${q.speedRatio.toFixed(0)}x faster (fastest vs fastest ${(q.highsMsPerSlot.min / q.engineMsPerSlotMin).toFixed(0)}x); max |diff| ${q.maxAbsDiff.toExponential(1)}, max relative ${q.maxRelDiff.toExponential(1)}`);
    }
  }
  out.push('');
  if (r.transfer) {
    const t = r.transfer;
    out.push(`Worker round trip of a ${t.megabytes.toFixed(1)} MB Float64Array: transfer ${ms(t.transfer.median)} ms (${spread(t.transfer)}), structured clone ${ms(t.clone.median)} ms (${spread(t.clone)}), ratio ${(t.clone.median / t.transfer.median).toFixed(0)}x`);
  }
  if (r.parallel) {
    const p = r.parallel;
    out.push(`Two follow-demand scenarios at ${p.zones.toLocaleString('en-GB')} zones: one alone ${ms(p.single.median)} ms, two sequential on one worker ${ms(p.sequential.median)} ms (${spread(p.sequential)}), ` +
      `two workers in parallel ${ms(p.parallel.median)} ms (${spread(p.parallel)}), speed-up ${(p.sequential.median / p.parallel.median).toFixed(2)}x`);
    out.push(`  calibration, a CPU-only loop the same way: sequential ${ms(p.spinSequential.median)} ms, parallel ${ms(p.spinParallel.median)} ms, ` +
      `speed-up ${(p.spinSequential.median / p.spinParallel.median).toFixed(2)}x (the most the machine offered meanwhile)`);
  }
  if (r.response) out.push(...responseReport(r.response));
  out.push('', 'Targets (reported, not asserted):');
  for (const t of r.targets) out.push(`  ${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'MISS'}  ${t.text}`);
  out.push('', `wall ${r.wallSeconds.toFixed(1)} s; sink ${r.sink.toPrecision(6)}`);
  return out.join('\n');
}

/** Lines for the response simulation section. */
export function responseReport(p: ResponseBenchResult): string[] {
  return [
    `Response simulation, London week (fixed-borough): ${p.events.toLocaleString('en-GB')} events a replication; one replication ${ms(p.replication.median)} ms (${spread(p.replication)}), ` +
      `heap floor for as many events (${p.heapSize} held) ${ms(p.floor.median)} ms (${spread(p.floor)}); immediate within 15 min ${(100 * p.immediateShare).toFixed(1)}% (10 replications)`,
    `  ${p.replications} replications incl. merge: one worker ${ms(p.oneWorker.median)} ms (${spread(p.oneWorker)}), two workers ${ms(p.twoWorkers.median)} ms (${spread(p.twoWorkers)}), ` +
      `speed-up ${(p.oneWorker.median / p.twoWorkers.median).toFixed(2)}x; a CPU-only loop ${(p.spinOne.median / p.spinTwo.median).toFixed(2)}x; same result on 1 and 2 workers: ${p.sameResult ? 'yes' : 'NO'}`,
  ];
}

/** The nearest synthetic scale's floor (33 London boroughs against 32 synthetic zones). */
function nearestFloorNs(steps: StepResult[], zones: number): number {
  const scales = [...new Set(steps.filter((s) => s.step === STEP.floor && s.stats).map((s) => s.zones))];
  if (!scales.length) return NaN;
  const near = scales.reduce((a, b) => (Math.abs(b - zones) < Math.abs(a - zones) ? b : a));
  return floorNsAt(steps, near);
}

/** 'smoothed flow, mutual aid (week), X' -> 'mutual aid, week, X'; 'smoothed flow (day)' -> 'no aid, day'. */
const variant = (step: string) => {
  const rest = step.slice('smoothed flow'.length);
  const aid = rest.startsWith(', mutual aid');
  return `${aid ? 'mutual aid' : 'no aid'}, ${rest.replace(/^, mutual aid/, '').replace(/^ \((.*?)\)/, '$1')}`;
};

const time = (s: StepResult | undefined) => (!s ? '-' : s.stats ? `${ms(s.stats.median)} ms` : `not finished (${s.skipped})`);

/** Flow against HiGHS on the same synthetic instances, then the London week and hexagons. */
function smoothedLines(r: BenchResults): string[] {
  const out = ['Smoothed: min-cost flow and HiGHS on the same instances (the first slots of the synthetic week):'];
  for (const f of r.steps) {
    if (!f.step.startsWith('smoothed flow')) continue;
    const h = r.steps.find((s) => s.zones === f.zones && s.step === f.step.replace('smoothed flow', 'smoothed LP'));
    const floor = floorNsAt(r.steps, f.zones);
    let text = `  ${f.zones.toLocaleString('en-GB')} zones, ${variant(f.step)}: flow ${time(f)}`;
    if (f.stats) text += ` (${(nsPerZoneSlot(f) / floor).toFixed(0)}x floor)`;
    if (h) text += `; HiGHS ${h.stats ? `${ms(h.stats.median)} ms` : 'skipped'}`;
    if (h?.stats && f.stats) text += `, flow ${(h.stats.median / f.stats.median).toFixed(0)}x faster`;
    if (h?.deviation !== undefined && f.deviation !== undefined) {
      text += `, deviations ${f.deviation.toFixed(3)} and ${h.deviation.toFixed(3)}`;
    }
    out.push(text);
  }
  out.push('Smoothed on the London default (scenarios/follow-the-commute-smoothed.json, the whole week):');
  for (const f of r.london) {
    const floor = nearestFloorNs(r.steps, f.zones);
    out.push(`  ${variant(f.step)}: ${time(f)}${f.stats ? ` (${(nsPerZoneSlot(f) / floor).toFixed(0)}x the floor of ${f.zones} zones)` : ''}, deviation ${f.deviation?.toFixed(3) ?? '-'}`);
  }
  return out;
}
