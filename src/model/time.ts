/**
 * The week as 672 slots of 15 minutes, Monday 00:00 first.
 * Slot s covers [s * 15 min, (s + 1) * 15 min) from Monday 00:00.
 */
export const SLOT_MINUTES = 15;
export const SLOTS_PER_DAY = 96;
export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Day = (typeof DAYS)[number];
/** The days' full names, for people: DAY_NAMES[d] is DAYS[d] in full. */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const SLOTS_PER_WEEK = SLOTS_PER_DAY * DAYS.length;

/** Which of the three observed profiles a day follows. */
export type DayType = 'weekday' | 'saturday' | 'sunday';

export function dayType(day: number): DayType {
  return day === 5 ? 'saturday' : day === 6 ? 'sunday' : 'weekday';
}

/** Parses "HH:MM" on a 15-minute boundary into the slot of the day (0..95); null if malformed. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || min % SLOT_MINUTES !== 0) return null;
  const q = h * 4 + min / SLOT_MINUTES;
  return q <= SLOTS_PER_DAY ? q : null;
}

/** "HH:MM" for a slot of the day (0..95) or of the week (any index; taken modulo a day). */
export function formatClock(slot: number): string {
  const q = ((slot % SLOTS_PER_DAY) + SLOTS_PER_DAY) % SLOTS_PER_DAY;
  const h = Math.floor(q / 4);
  const m = (q % 4) * SLOT_MINUTES;
  return `${h < 10 ? '0' : ''}${h}:${m === 0 ? '00' : m}`;
}

export function parseDay(text: string): number | null {
  const i = DAYS.findIndex((d) => d.toLowerCase() === text.trim().slice(0, 3).toLowerCase());
  return i < 0 ? null : i;
}

/** Week slot for (day 0..6, "HH:MM"). Throws on malformed input: callers validate first. */
export function slotOf(day: number | Day, clock: string): number {
  const d = typeof day === 'number' ? day : DAYS.indexOf(day);
  const q = parseClock(clock);
  if (d < 0 || d > 6 || q === null || q >= SLOTS_PER_DAY) throw new RangeError(`no slot at ${String(day)} ${clock}`);
  return d * SLOTS_PER_DAY + q;
}

export function dayOfSlot(slot: number): number {
  return Math.floor(slot / SLOTS_PER_DAY);
}

/** "Mon 12:00" */
export function slotLabel(slot: number): string {
  return `${DAYS[dayOfSlot(slot)]} ${formatClock(slot)}`;
}
