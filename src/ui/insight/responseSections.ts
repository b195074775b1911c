import type { ResponseResult } from '../../engine/index.ts';
import type { ExplanationSection } from './explanationSections.ts';
import { formatNumber, formatPercent } from './formatFigure.ts';

const minutes = (v: number) => (Number.isFinite(v) ? `${formatNumber(v, 1)} min` : 'no calls');
const interval = (low: number, high: number) => (Number.isFinite(low) ? `95% interval ${formatNumber(low * 100, 1)} to ${formatNumber(high * 100, 1)}%` : undefined);

/**
 * What the response simulation says of one zone's immediate calls, in the slot on screen and over the
 * week: calls, the share attended within the target with its interval, and each response split into
 * waiting for a free unit and travel (turnout and driving).
 */
export function responseSections(response: ResponseResult, zone: number, slot: number, slotLabel: string): ExplanationSection[] {
  const g = response.grades[0];
  const i = slot * response.n + zone;
  const part = (title: string, f: typeof g.zone, k: number, calls: string): ExplanationSection => ({
    title,
    rows: [
      { label: 'Calls', value: calls },
      { label: `Attended within ${formatNumber(g.targetMinutes)} minutes`, value: Number.isFinite(f.share[k]) ? formatPercent(f.share[k]) : 'no calls', note: interval(f.shareLow[k], f.shareHigh[k]) },
      { label: 'Mean response', value: minutes(f.meanResponse[k]), note: Number.isFinite(f.meanResponse[k]) ? `${minutes(f.meanWait[k])} waiting for a free unit, ${minutes(f.meanTravel[k])} turnout and driving` : undefined },
      { label: 'Nine in ten within', value: minutes(f.p90Response[k]) },
    ],
  });
  const runs = `${formatNumber(response.replications)} simulated weeks`;
  return [
    part(`Immediate calls at ${slotLabel} (simulated)`, g.zoneSlot, i, `${formatNumber(g.zoneSlot.calls[i], 2)} in this 15 minutes, on average over ${runs}`),
    part('Immediate calls over the week (simulated)', g.zone, zone, `${formatNumber(g.zone.calls[zone])} a week`),
  ];
}
