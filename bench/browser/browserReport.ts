import type { LongTask, Work } from './traceAnalysis.ts';
import { quantile } from './traceAnalysis.ts';
import type { TargetLine } from '../results.ts';

export interface ZoneSetResult {
  zones: 'boroughs' | 'hexagons';
  slotsPlayed: number;
  /** The app's own main-thread work per played slot, ms (readback excluded), and its parts (medians). */
  perSlot: {
    ownMedian: number;
    ownP95: number;
    scriptMedian: number;
    styleMedian: number;
    layoutMedian: number;
    paintMedian: number;
    readbackMedian: number;
  };
  playTotals: Work;
  playLongTasks: LongTask[];
  /** Each edit's time from the change to the map showing it, ms (debounce included). */
  editMs: number[];
  editLongTasks: LongTask[];
}

export interface BrowserBenchResults {
  cpus: number;
  /** 1, 5 and 15-minute load averages at the start, then at the end. */
  loadAverage: number[];
  slots: number;
  edits: number;
  zoneSets: ZoneSetResult[];
  targets: TargetLine[];
  wallSeconds: number;
}

/** Targets from issue 8, on this 2-core machine. */
const PER_SLOT_P95_MS = 8;
const EDIT_MS = { boroughs: 250, hexagons: 500 } as const;

const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');

function longTaskLine(label: string, tasks: readonly LongTask[]): string {
  if (tasks.length === 0) return `  long tasks over 50 ms while ${label}: none`;
  const total = tasks.reduce((a, t) => a + t.durationMs, 0);
  const readback = tasks.reduce((a, t) => a + t.readbackMs, 0);
  const withoutReadback = tasks.filter((t) => t.durationMs - t.readbackMs > 50).length;
  return `  long tasks over 50 ms while ${label}: ${tasks.length} (${tasks.map((t) => Math.round(t.durationMs)).join(', ')} ms); ` +
    `readback ${f1((100 * readback) / total)}% of their time; ${withoutReadback} would still be over 50 ms without it`;
}

/** The report and the PASS/MISS lines. */
export function formatBrowserReport(r: BrowserBenchResults): { text: string; targets: TargetLine[] } {
  const lines: string[] = [];
  const targets: TargetLine[] = [];
  lines.push(`Tideline browser bench: ${r.cpus} cores, load ${r.loadAverage.slice(0, 3).map((v) => v.toFixed(2)).join(' ')} at the start, ${r.wallSeconds.toFixed(0)} s`);
  for (const z of r.zoneSets) {
    const p = z.perSlot;
    lines.push('', `${z.zones}: ${z.slotsPlayed} slots played at 8x`);
    lines.push(`  own main-thread work per slot: median ${f1(p.ownMedian)} ms, p95 ${f1(p.ownP95)} ms ` +
      `(median script ${f1(p.scriptMedian)}, style ${f1(p.styleMedian)}, layout ${f1(p.layoutMedian)}, paint ${f1(p.paintMedian)}); ` +
      `readback left out: median ${f1(p.readbackMedian)} ms per slot`);
    lines.push(longTaskLine('playing', z.playLongTasks));
    const median = quantile(z.editMs, 0.5);
    lines.push(`  edit to map: ${z.editMs.map((v) => Math.round(v)).join(', ')} ms (median ${Math.round(median)})`);
    lines.push(longTaskLine('editing', z.editLongTasks));
    targets.push({ pass: p.ownP95 <= PER_SLOT_P95_MS, text: `${z.zones}: the app's own work per played slot at p95 ${f1(p.ownP95)} ms (target <= ${PER_SLOT_P95_MS} ms)` });
    targets.push({ pass: median <= EDIT_MS[z.zones], text: `${z.zones}: an edit shows on the map in ${Math.round(median)} ms, median of ${z.editMs.length} (target <= ${EDIT_MS[z.zones]} ms)` });
  }
  lines.push('', 'Targets:', ...targets.map((t) => `  ${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'MISS'} ${t.text}`));
  return { text: lines.join('\n'), targets };
}
