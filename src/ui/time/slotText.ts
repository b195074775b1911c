import { dayOfSlot, formatClock } from '../../model/time.ts';

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** "Monday 12:00": the slider's aria-valuetext and the big clock. */
export function slotText(slot: number): string {
  return `${DAY_NAMES[dayOfSlot(slot)]} ${formatClock(slot)}`;
}
