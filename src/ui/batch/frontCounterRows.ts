import type { FrontCounterFigures, OpeningFigures } from '../../engine/index.ts';
import { DEFAULTS } from '../../engine/index.ts';
import { formatPercent } from '../insight/formatFigure.ts';

/** One timetable's row of the front-counter table, as text. */
export interface FrontCounterRow {
  kind: 'given' | 'best';
  label: string;
  timetable: string;
  hours: string;
  residents: string;
  present: string;
  away: string;
}

/** 240 -> "4:00". */
function duration(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function row(kind: FrontCounterRow['kind'], label: string, o: OpeningFigures): FrontCounterRow {
  return {
    kind, label, timetable: o.text, hours: String(o.weeklyHours),
    residents: formatPercent(o.residentsShare), present: formatPercent(o.presentShare), away: formatPercent(o.residentsAwayWhenOpen),
  };
}

/**
 * The figures of a front counter as the panel shows them (percentages to one decimal, as the CLI's
 * `--front-counter` report), the timetable given first, then the best one with the same weekly hours.
 */
export function frontCounterRows(f: FrontCounterFigures): FrontCounterRow[] {
  const rows = [row('given', 'As given', f.given)];
  if (f.best) rows.push(row('best', 'Best with the same hours', f.best));
  return rows;
}

/** What the figures say, in two sentences. */
export function frontCounterSummary(f: FrontCounterFigures): string[] {
  const { wakingStart, wakingEnd } = DEFAULTS.frontCounter;
  const aim = f.bestFor === 'residents' ? "residents' waking hours at home" : "the waking hours of people present";
  const first = `${f.given.text} covers ${formatPercent(f.given.residentsShare)} of ${f.zoneName} residents' waking hours at home ` +
    `(${wakingStart} to ${wakingEnd}, every day); ${formatPercent(f.given.residentsAwayWhenOpen)} of residents are away while it is open.`;
  const second = f.best
    ? `The best ${f.best.weeklyHours} hours a week for ${aim}, opening at most once a day ` +
      `for at least ${duration(f.minWindowMinutes)}, are ${f.best.text}: ${formatPercent(f.best.residentsShare)} of residents' waking hours at home.`
    : `No timetable with these weekly hours opens for at least ${duration(f.minWindowMinutes)} at a time, so there is no best one to compare.`;
  return [first, second];
}
