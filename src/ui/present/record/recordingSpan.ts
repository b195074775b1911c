import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from '../../../engine/index.ts';
import { SLOTS_PER_SECOND } from '../../time/playbackClock.ts';

/** What a video covers: the day on screen, the rest of it, six hours from now, or the whole week. */
export type Span = 'day' | 'rest' | 'six' | 'week';

export const SPANS: readonly { value: Span; label: string }[] = [
  { value: 'day', label: 'The day on screen' },
  { value: 'rest', label: 'From now to midnight' },
  { value: 'six', label: 'Six hours from now' },
  { value: 'week', label: 'The whole week' },
];

/** The week slots a video of `span` shows, in order, from the slot on screen. */
export function spanSlots(span: Span, slot: number): number[] {
  const dayStart = slot - (slot % SLOTS_PER_DAY);
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => (from + i) % SLOTS_PER_WEEK);
  switch (span) {
    case 'day':
      return range(dayStart, SLOTS_PER_DAY);
    case 'rest':
      return range(slot, dayStart + SLOTS_PER_DAY - slot);
    case 'six':
      return range(slot, 24);
    case 'week':
      return range(0, SLOTS_PER_WEEK);
  }
}

/** How long each 15-minute slot shows in a video at `speed` (1x plays an hour a second, as the time bar does). */
export function frameMs(speed: number): number {
  return 1000 / (SLOTS_PER_SECOND * speed);
}
