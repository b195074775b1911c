import type { FrontCounterFigures, OpeningFigures } from '../model/index.ts';
import { DEFAULTS } from '../model/index.ts';

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** 240 -> "4:00". */
function duration(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/**
 * A front counter's figures as plain text: the timetable given and the best one with the same weekly
 * hours, each with the shares of residents' waking hours at home and of people present's waking hours
 * that fall inside opening hours, and the residents away while it is open.
 */
export function frontCounterReport(f: FrontCounterFigures): string {
  const { wakingStart, wakingEnd } = DEFAULTS.frontCounter;
  const aim = f.bestFor === 'residents' ? 'residents at home' : 'people present';
  const rows: [string, OpeningFigures | null][] = [[`given: ${f.given.text}`, f.given], [`best:  ${f.best?.text ?? '(none: fewer hours than one window)'}`, f.best]];
  const width = Math.max(10, ...rows.map(([label]) => label.length));
  const head = `${pad('timetable', width)}  hours a week  residents at home  people present  residents away while open`;
  const lines = rows.map(([label, o]) =>
    o
      ? `${pad(label, width)}  ${pad(String(o.weeklyHours), 12, true)}  ${pad(percent(o.residentsShare), 17, true)}  ${pad(percent(o.presentShare), 14, true)}  ${pad(percent(o.residentsAwayWhenOpen), 25, true)}`
      : label,
  );
  return [
    `${f.name}: ${f.zoneName} (${f.zoneId})`,
    `Shares of waking hours (${wakingStart}-${wakingEnd}, every day) that fall inside opening hours. The best timetable keeps the weekly hours,`,
    `opens at most once a day for at least ${duration(f.minWindowMinutes)} (or not at all) and has the most ${aim}.`,
    '',
    head,
    ...lines,
    '',
  ].join('\n');
}
