import { describe, expect, test } from 'vitest';
import { createPlaybackClock } from '../../../../src/ui/time/playbackClock.ts';
import { slotText } from '../../../../src/ui/time/slotText.ts';

describe('createPlaybackClock', () => {
  test('at 1x moves 4 slots a second whatever the frame rate, carrying fractions', () => {
    for (const fps of [24, 60, 144]) {
      const clock = createPlaybackClock(1);
      let steps = clock.tick(0);
      for (let f = 1; f <= fps * 10; f++) steps += clock.tick((f * 1000) / fps);
      expect(steps).toBeGreaterThanOrEqual(39);
      expect(steps).toBeLessThanOrEqual(40);
    }
  });

  test('at 8x a day (96 slots) takes three seconds', () => {
    const clock = createPlaybackClock(8);
    let steps = clock.tick(0);
    for (let t = 16; t <= 3000; t += 16) steps += clock.tick(t);
    expect(steps).toBeGreaterThanOrEqual(95);
    expect(steps).toBeLessThanOrEqual(96);
  });

  test('after a stall (a hidden tab) takes one step, not a jump', () => {
    const clock = createPlaybackClock(8);
    clock.tick(0);
    expect(clock.tick(60_000)).toBe(1);
  });
});

describe('slotText', () => {
  test('names the day in full, with the clock', () => {
    expect(slotText(48)).toBe('Monday 12:00');
    expect(slotText(671)).toBe('Sunday 23:45');
    expect(slotText(5 * 96 + 49)).toBe('Saturday 12:15');
  });
});
