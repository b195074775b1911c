import type { ScenarioResult } from '../../engine/index.ts';
import { formatNumber, formatPercent } from './formatFigure.ts';

const SLOT_HOURS = 0.25;

/** One headline measure, for the slot on screen and for the whole week. */
export interface HeadlineFigure {
  key: 'dissimilarity' | 'gini' | 'moved' | 'unmet' | 'withinTarget';
  label: string;
  /** What the number means, in plain words (shown as the label's title). */
  title: string;
  now: string;
  week: string;
}

/** The headline numbers of a run at `slot`, formatted for reading: per-slot figures and week totals. */
export function headlineFigures(result: ScenarioResult, slot: number, targetMinutes: number): HeadlineFigure[] {
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
      key: 'withinTarget',
      label: `Immediate calls answered within ${formatNumber(targetMinutes)} minutes`,
      title:
        `Share of immediate calls with a response unit free within ${formatNumber(targetMinutes)} minutes (Erlang C queueing, ` +
        'travel time not counted). The Met target is 90%.',
      now: formatPercent(m.withinTargetSlot[slot]),
      week: formatPercent(t.withinTarget),
    },
  ];
}
