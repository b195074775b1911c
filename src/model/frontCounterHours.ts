import { DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK, formatClock, parseClock } from './time.ts';

/** One opening window within a day: slots of the day, open <= q < close, 0 <= open < close <= 96. */
export interface OpeningWindow {
  open: number;
  close: number;
}

/** A weekly timetable of a front counter: at most one window a day, Monday first; null = closed. */
export type OpeningHours = readonly (OpeningWindow | null)[];

export type OpeningParse = { ok: true; hours: OpeningHours } | { ok: false; message: string };

const FULL_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function dayIndex(text: string): number {
  const t = text.trim().toLowerCase();
  const short = DAYS.findIndex((d) => d.toLowerCase() === t);
  return short >= 0 ? short : FULL_NAMES.indexOf(t);
}

/** The days a list such as "Mon-Fri" or "Sat,Sun" names; a range may wrap past Sunday ("Sat-Mon"). */
function parseDays(text: string): number[] | string {
  const days: number[] = [];
  for (const item of text.split(',')) {
    const ends = item.split('-');
    if (ends.length > 2) return `"${item.trim()}" is not a day or a day range such as Mon-Fri`;
    const idx = ends.map(dayIndex);
    const bad = ends.find((_, i) => idx[i] < 0);
    if (bad !== undefined) return `"${bad.trim()}" is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)`;
    const [from, to = from] = idx;
    for (let d = from; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === to) break;
    }
  }
  return days;
}

function parseWindow(text: string): OpeningWindow | null | string {
  if (text.trim().toLowerCase() === 'closed') return null;
  const m = /^\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/.exec(text);
  if (!m) return `"${text.trim()}" is not a time window such as 09:00-17:00 (or "closed")`;
  const open = parseClock(m[1]);
  const close = parseClock(m[2]);
  for (const [clock, q] of [[m[1], open], [m[2], close]] as const) {
    if (q === null) return `${clock} is not a time on a 15-minute boundary from 00:00 to 24:00`;
  }
  if (open! >= SLOTS_PER_DAY) return `${m[1]}: a window opens by 23:45`;
  if (close! <= open!) return `${m[2]} is not after ${m[1]}: a window closes on its own day, by 24:00`;
  return { open: open!, close: close! };
}

/**
 * Reads weekly opening hours: clauses separated by semicolons, each days then a window or "closed":
 * "Mon-Fri 09:00-17:00", "Mon-Fri 10:00-22:00; Sat,Sun 09:00-19:00". Days not named are closed; a day
 * named twice is an error (a counter opens at most once a day). Times are on 15-minute boundaries.
 */
export function parseOpeningHours(text: string): OpeningParse {
  const week: (OpeningWindow | null)[] = Array.from({ length: 7 }, () => null);
  const named = new Set<number>();
  const clauses = text.split(';').map((c) => c.trim());
  if (clauses.every((c) => c === '')) return { ok: false, message: 'no opening hours given (e.g. "Mon-Fri 09:00-17:00")' };
  const many = clauses.filter((c) => c !== '').length > 1;
  const where = (clause: string) => (many ? `"${clause}": ` : '');
  for (const clause of clauses) {
    if (clause === '') continue;
    const space = clause.search(/\s/);
    if (space < 0) return { ok: false, message: `"${clause}" needs days and a window, such as "Mon-Fri 09:00-17:00"` };
    const days = parseDays(clause.slice(0, space));
    if (typeof days === 'string') return { ok: false, message: `${where(clause)}${days}` };
    const window = parseWindow(clause.slice(space + 1));
    if (typeof window === 'string') return { ok: false, message: `${where(clause)}${window}` };
    for (const d of days) {
      if (named.has(d)) return { ok: false, message: `${where(clause)}${DAYS[d]} is given twice; a counter opens at most once a day` };
      named.add(d);
      week[d] = window;
    }
  }
  return { ok: true, hours: week };
}

function clockText(q: number): string {
  return q === SLOTS_PER_DAY ? '24:00' : formatClock(q);
}

/** Opening hours as parseOpeningHours reads them, runs of days with the same window joined: "Mon-Fri 09:00-17:00". */
export function formatOpeningHours(hours: OpeningHours): string {
  const parts: string[] = [];
  for (let d = 0; d < 7; ) {
    const w = hours[d];
    let e = d;
    while (e + 1 < 7 && sameWindow(hours[e + 1], w)) e++;
    if (w) parts.push(`${DAYS[d]}${e > d ? `-${DAYS[e]}` : ''} ${clockText(w.open)}-${clockText(w.close)}`);
    d = e + 1;
  }
  return parts.length > 0 ? parts.join('; ') : 'closed';
}

function sameWindow(a: OpeningWindow | null, b: OpeningWindow | null): boolean {
  return a === b || (a !== null && b !== null && a.open === b.open && a.close === b.close);
}

/** 1 for each week slot (Monday 00:00 first) the counter is open. */
export function openSlots(hours: OpeningHours): Uint8Array {
  const out = new Uint8Array(SLOTS_PER_WEEK);
  hours.forEach((w, d) => {
    if (w) out.fill(1, d * SLOTS_PER_DAY + w.open, d * SLOTS_PER_DAY + w.close);
  });
  return out;
}

/** Opening hours a week. */
export function weeklyHours(hours: OpeningHours): number {
  return hours.reduce((sum, w) => sum + (w ? (w.close - w.open) / 4 : 0), 0);
}
