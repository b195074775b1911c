import type { ResponseResult, ScenarioResult } from '../../engine/index.ts';
import { formatNumber, formatPercent, formatSigned } from '../insight/formatFigure.ts';

const SLOT_HOURS = 0.25;

/** One headline measure for the scenario (A), the comparison (B) and B − A. */
export interface AbRow {
  key: string;
  label: string;
  a: number;
  b: number;
  /** B − A */
  change: number;
  /** The figures as people read them. */
  text: { a: string; b: string; change: string };
}

interface Measure {
  key: string;
  /** The row's name for the slot on screen, and for the week. */
  label: string;
  weekLabel: string;
  now(r: ScenarioResult, slot: number): number;
  week(r: ScenarioResult): number;
  /** 'count' (officers, officer-hours), 'share' (0..1, B − A in percentage points) or 'index' (Gini). */
  kind: 'count' | 'share' | 'index';
}

const MEASURES: readonly Measure[] = [
  {
    key: 'onDuty', label: 'Officers on duty', weekLabel: 'Officer-hours on duty', kind: 'count',
    now: (r, s) => r.onDuty[s],
    week: (r) => r.measures.totals.officerHours,
  },
  {
    key: 'dissimilarity', label: 'Mismatch with demand', weekLabel: 'Mismatch with demand', kind: 'share',
    now: (r, s) => r.measures.dissimilarity[s],
    week: (r) => r.measures.totals.dissimilarity,
  },
  {
    key: 'gini', label: 'Unevenness (Gini)', weekLabel: 'Unevenness (Gini)', kind: 'index',
    now: (r, s) => r.measures.gini[s],
    week: (r) => r.measures.totals.gini,
  },
  {
    key: 'moved', label: 'Moved across borough lines (officers)', weekLabel: 'Moved across borough lines (officer-hours)', kind: 'count',
    now: (r, s) => r.measures.movedHours[s] / SLOT_HOURS,
    week: (r) => r.measures.totals.movedHours,
  },
  {
    key: 'unmet', label: 'Unmet demand (officers)', weekLabel: 'Unmet demand (officer-hours)', kind: 'count',
    now: (r, s) => r.measures.unmetTotal[s],
    week: (r) => r.measures.totals.unmetOfficerHours,
  },
  {
    key: 'withinTarget', label: 'Immediate calls with a unit free within target (Erlang C)', weekLabel: 'Immediate calls with a unit free within target (Erlang C)', kind: 'share',
    now: (r, s) => r.measures.withinTargetSlot[s],
    week: (r) => r.measures.totals.withinTarget,
  },
];

function texts(kind: Measure['kind'], a: number, b: number): AbRow['text'] {
  const change = b - a;
  if (kind === 'share') {
    const points = formatSigned(change * 100, 1);
    return { a: formatPercent(a), b: formatPercent(b), change: Number.isFinite(change) ? `${points} points` : 'not known' };
  }
  const digits = kind === 'index' ? 3 : 0;
  return { a: formatNumber(a, digits), b: formatNumber(b, digits), change: formatSigned(change, digits) };
}

function rows(a: ScenarioResult, b: ScenarioResult, week: boolean, slot: number): AbRow[] {
  return MEASURES.map((m) => {
    const va = week ? m.week(a) : m.now(a, slot);
    const vb = week ? m.week(b) : m.now(b, slot);
    return { key: m.key, label: week ? m.weekLabel : m.label, a: va, b: vb, change: vb - va, text: texts(m.kind, va, vb) };
  });
}

/** The response simulation's share of immediate calls attended within target, with its 95% interval. */
function simulatedRow(a: ResponseResult, b: ResponseResult, week: boolean, slot: number): AbRow {
  const [ga, gb] = [a.grades[0], b.grades[0]];
  const cell = (g: typeof ga) => (week ? { f: g.total, i: 0 } : { f: g.slot, i: slot });
  const figure = (g: typeof ga) => {
    const { f, i } = cell(g);
    return { share: f.share[i], text: Number.isFinite(f.share[i]) ? `${formatPercent(f.share[i])} (${formatPercent(f.shareLow[i])}\u2013${formatPercent(f.shareHigh[i])})` : 'no calls' };
  };
  const [fa, fb] = [figure(ga), figure(gb)];
  const change = fb.share - fa.share;
  return {
    key: 'simulated', label: `${ga.name[0].toUpperCase()}${ga.name.slice(1)} calls attended within ${ga.targetMinutes} minutes (simulated, 95% interval)`,
    a: fa.share, b: fb.share, change,
    text: { a: fa.text, b: fb.text, change: Number.isFinite(change) ? `${formatSigned(change * 100, 1)} points` : 'not known' },
  };
}

/**
 * The headline measures of the scenario (A) and the comparison (B) side by side with B − A: at the slot
 * on screen (officers) and over the week (officer-hours). Shares differ in percentage points. With both
 * scenarios' response simulations, a row gives the simulated share of immediate calls attended in time
 * (travel and queueing counted) beside the Erlang C row.
 */
export function abFigures(
  a: ScenarioResult, b: ScenarioResult, slot: number, simulated?: { a: ResponseResult; b: ResponseResult },
): { now: AbRow[]; week: AbRow[] } {
  const extra = (week: boolean) => (simulated && simulated.a.grades.length > 0 && simulated.b.grades.length > 0 ? [simulatedRow(simulated.a, simulated.b, week, slot)] : []);
  return { now: [...rows(a, b, false, slot), ...extra(false)], week: [...rows(a, b, true, slot), ...extra(true)] };
}
