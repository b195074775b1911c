/** Slots a second at 1x: an hour of the week every second. */
export const SLOTS_PER_SECOND = 4;

/**
 * Turns frame times into whole slot steps at `speed`, carrying the fraction over, so playback keeps
 * its pace whatever the frame rate. After a stall (a hidden tab) it moves one step, never a jump.
 */
export function createPlaybackClock(speed: number) {
  let rate = SLOTS_PER_SECOND * speed;
  let carry = 0;
  let last: number | null = null;
  return {
    setSpeed(next: number) {
      rate = SLOTS_PER_SECOND * next;
    },
    reset() {
      last = null;
      carry = 0;
    },
    /** Whole slots to advance at frame time `now` (ms). */
    tick(now: number): number {
      if (last === null) {
        last = now;
        return 0;
      }
      const elapsed = now - last;
      last = now;
      if (elapsed > 1000) {
        carry = 0;
        return 1;
      }
      carry += (elapsed / 1000) * rate;
      const steps = Math.floor(carry);
      carry -= steps;
      return steps;
    },
  };
}
