import { describe, expect, test, vi } from 'vitest';
import { debounce } from '../../../../src/ui/app/debounce.ts';

describe('debounce', () => {
  test('calls once with the latest arguments after the pause, and flush and cancel do what they say', () => {
    vi.useFakeTimers();
    try {
      const calls: number[] = [];
      const d = debounce((x: number) => calls.push(x), 100);
      d(1);
      d(2);
      vi.advanceTimersByTime(99);
      expect(calls).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(calls).toEqual([2]);
      d(3);
      d.flush();
      expect(calls).toEqual([2, 3]);
      d(4);
      d.cancel();
      vi.advanceTimersByTime(500);
      expect(calls).toEqual([2, 3]);
    } finally {
      vi.useRealTimers();
    }
  });
});
