import type { ResponseResult, ScenarioResult } from '../../engine/index.ts';
import { formatNumber, formatPercent } from './formatFigure.ts';

const SLOT_HOURS = 0.25;

/** One headline measure, for the slot on screen and for the whole week. */
export interface HeadlineFigure {
  key: 'dissimilarity' | 'gini' | 'moved' | 'unmet' | 'simulated' | 'withinTarget';
  label: string;
  /** What the number means, in plain words (shown as the label's title). */
  title: string;
  now: string;
  week: string;
}

/** "86.9% (86.7 to 87.1)": a simulated share with its 95% interval over replications. */
function withInterval(share: number, low: number, high: number): string {
  if (!Number.isFinite(share)) return 'no calls';
  return `${formatPercent(share)} (${formatNumber(low * 100, 1)} to ${formatNumber(high * 100, 1)})`;
}

/**
 * The headline numbers of a run at `slot`, formatted for reading: per-slot figures and week totals. The
 * response simulation's share comes with its interval once it has run (null: still simulating).
 */
export function headlineFigures(result: ScenarioResult, slot: number, targetMinutes: number, response: ResponseResult | null = null): HeadlineFigure[] {
  const immediate = response?.grades[0] ?? null;
  const m = result.measures;
  const t = m.totals;
  const officers = (n: number) => `${formatNumber(n)} ${Math.round(n) === 1 ? 'officer' : 'officers'}`;
  const hours = (n: number) => `${formatNumber(n)} officer-hours`;
  return [
    {
      key: 'dissimilarity',
      label: 'Mismatch with demand',
      title:
        'Dissimilarity index: the share of officers who would have to change zone for every zone to hold the same share of ' +
        'officers as of demand. 0% is a perfect match.',
      now: formatPercent(m.dissimilarity[slot]),
      week: formatPercent(t.dissimilarity),
    },
    {
      key: 'gini',
      label: 'Unevenness (Gini)',
      title:
        'Gini coefficient of officers per unit of demand, zones weighted by demand: 0 means every zone has the same officers ' +
        'for its demand, 1 means all officers sit in one zone. The week figure compares officer-hours with demand-hours.',
      now: formatNumber(m.gini[slot], 3),
      week: formatNumber(t.gini, 3),
    },
    {
      key: 'moved',
      label: 'Moved across borough lines',
      title:
        'Officers placed in a zone beyond what the fixed (territorial) model gives it: now as officers on duty, over the week ' +
        'as officer-hours.',
      now: officers(m.movedHours[slot] / SLOT_HOURS),
      week: hours(t.movedHours),
    },
    {
      key: 'unmet',
      label: 'Unmet demand',
      title:
        'Officers short of a purely proportional share of demand where a floor or cap holds a zone back: now as officers, over ' +
        'the week as officer-hours.',
      now: officers(m.unmetTotal[slot]),
      week: hours(t.unmetOfficerHours),
    },
    {
      key: 'simulated',
      label: `Immediate calls attended within ${formatNumber(immediate?.targetMinutes ?? targetMinutes)} minutes`,
      title:
        'Share of immediate calls a response unit reaches within the target, waiting and driving included: the response ' +
        `simulation's calls, units, dispatch and travel, with the 95% interval over its ${response ? formatNumber(response.replications) : ''} ` +
        'replications in brackets. The Met target is 90%; it achieved 86.9% in 2018.',
      now: immediate ? withInterval(immediate.slot.share[slot], immediate.slot.shareLow[slot], immediate.slot.shareHigh[slot]) : 'simulating…',
      week: immediate ? withInterval(immediate.total.share[0], immediate.total.shareLow[0], immediate.total.shareHigh[0]) : 'simulating…',
    },
    {
      key: 'withinTarget',
      label: `Immediate calls with a unit free within ${formatNumber(targetMinutes)} minutes (Erlang C)`,
      title:
        `Share of immediate calls with a response unit free within ${formatNumber(targetMinutes)} minutes (Erlang C queueing, ` +
        'one queue per borough, travel time not counted): the quick figure, ready with the allocation.',
      now: formatPercent(m.withinTargetSlot[slot]),
      week: formatPercent(t.withinTarget),
    },
  ];
}
