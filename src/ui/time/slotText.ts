import { DAY_NAMES, dayOfSlot, formatClock } from '../../engine/index.ts';

/** "Monday 12:00": the slider's aria-valuetext and the big clock. */
export function slotText(slot: number): string {
  return `${DAY_NAMES[dayOfSlot(slot)]} ${formatClock(slot)}`;
}
