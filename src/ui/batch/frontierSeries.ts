import type { Method } from '../../engine/index.ts';
import { formatCount } from '../formatCount.ts';
import { formatPercent } from '../insight/formatFigure.ts';
import type { ChartLine } from './lineChart.ts';
import type { MethodFrontier } from './frontierRuns.ts';

export const METHOD_LABELS: Readonly<Record<Method, string>> = { fixed: 'Fixed', 'follow-demand': 'Follow demand', smoothed: 'Smoothed' };

/** Each method keeps its line style in every frontier chart (fixed: the vermillion dashes of the fixed model). */
const METHOD_STYLES: Readonly<Record<Method, number>> = { 'follow-demand': 0, fixed: 1, smoothed: 2 };

/**
 * The frontier chart's lines: for each method its evaluated headcounts in order with the share the
 * search compared against the target (Erlang C, or the simulated share's lower bound), and its
 * smallest headcount reaching the target marked. Refused headcounts (no share) are left out.
 */
export function frontierLines(results: readonly MethodFrontier[], simulated: boolean): ChartLine[] {
  return results.map((r) => {
    const y = (p: MethodFrontier['points'][number]) => (simulated ? (p.low ?? NaN) : p.share);
    const points = r.points.map((p) => ({ x: p.value, y: y(p) })).filter((p) => Number.isFinite(p.y));
    const at = r.at && r.value !== null ? { x: r.value, y: y(r.at) } : null;
    return {
      label: METHOD_LABELS[r.method],
      points,
      style: METHOD_STYLES[r.method],
      mark: at ? { point: at, label: `${METHOD_LABELS[r.method]}: ${formatCount(at.x)}` } : null,
    };
  });
}

/** What fixed borough lines cost against another method: positive when the other method needs fewer officers. */
export interface BoundaryPrice {
  method: Method;
  officers: number;
}

/**
 * The frontier's answer in words: each method's smallest headcount, and "the price of borough
 * boundaries" (fixed's headcount minus the method's) when both reached the target; why not when not.
 */
export function frontierAnswer(results: readonly MethodFrontier[], target: number, targetMinutes: number): { sentences: string[]; prices: BoundaryPrice[] } {
  const goal = `${formatPercent(target)} of immediate calls within ${formatCount(targetMinutes)} minutes`;
  const fixed = results.find((r) => r.method === 'fixed');
  const sentences: string[] = [];
  const prices: BoundaryPrice[] = [];
  for (const r of results) {
    if (r.value === null) sentences.push(`${METHOD_LABELS[r.method]} does not reach ${goal} within the schema's headcount limit.`);
  }
  if (!fixed) {
    sentences.push(`Include Fixed to state the price of borough boundaries: it is what fixed borough lines need beyond another method.`);
  } else if (fixed.value !== null) {
    sentences.push(`Fixed borough lines need ${formatCount(fixed.value)} officers for ${goal}.`);
    for (const r of results) {
      if (r === fixed || r.value === null) continue;
      const d = fixed.value - r.value;
      prices.push({ method: r.method, officers: d });
      const name = METHOD_LABELS[r.method];
      if (d > 0) sentences.push(`${name} needs ${formatCount(r.value)}: the price of borough boundaries is ${formatCount(d)} officers.`);
      else if (d === 0) sentences.push(`${name} needs the same ${formatCount(r.value)}: borough boundaries cost no officers here.`);
      else sentences.push(`${name} needs ${formatCount(r.value)}, ${formatCount(-d)} more than fixed: borough boundaries cost no officers here.`);
    }
  }
  return { sentences, prices };
}
