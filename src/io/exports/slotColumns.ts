import { dayOfSlot, DAYS, formatClock, SLOTS_PER_WEEK } from '../../model/index.ts';

/** Day ("Mon".."Sun") and start time ("HH:MM") of each of the 672 slots of the week. */
export function slotColumns(): { day: string[]; start: string[] } {
  const day: string[] = [];
  const start: string[] = [];
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    day.push(DAYS[dayOfSlot(s)]);
    start.push(formatClock(s));
  }
  return { day, start };
}
