import { formatClock, SLOTS_PER_DAY } from '../../engine/index.ts';

/** "HH:MM" every 15 minutes: starts run 00:00..23:45, ends 00:15..24:00. */
export function clockOptions(kind: 'start' | 'end'): [string, string][] {
  const out: [string, string][] = [];
  for (let q = kind === 'start' ? 0 : 1; q < SLOTS_PER_DAY + (kind === 'end' ? 1 : 0); q++) {
    const text = q === SLOTS_PER_DAY ? '24:00' : formatClock(q);
    out.push([text, text]);
  }
  return out;
}
