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

/** The day types of TfL's station counts, in the order of every per-day-type array. */
export const DAY_TYPES = ['mon-thu', 'friday', 'saturday', 'sunday'] as const;
/** Which of the four observed day types a day follows. */
export type DayType = (typeof DAY_TYPES)[number];

/** The day type of day 0..6 (Monday first). */
export function dayType(day: number): DayType {
  return DAY_TYPES[dayTypeIndex(day)];
}

/** The index into DAY_TYPES of day 0..6 (Monday first). */
export function dayTypeIndex(day: number): number {
  return day <= 3 ? 0 : day - 3;
}

/** TfL's counting day runs 05:00 to 05:00: the hours before 05:00 close the previous day. */
export const SERVICE_START_SLOT = 20;

/**
 * The index into DAY_TYPES of the counting day a week slot belongs to: its own day's from 05:00, the
 * previous day's before (Saturday 01:00 is Friday night; Monday 01:00 is Sunday night).
 */
export function serviceDayTypeIndex(slot: number): number {
  const q = slot % SLOTS_PER_DAY;
  const day = Math.floor(slot / SLOTS_PER_DAY);
  return dayTypeIndex(q >= SERVICE_START_SLOT ? day : (day + DAYS.length - 1) % DAYS.length);
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
