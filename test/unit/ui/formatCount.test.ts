import { describe, expect, test } from 'vitest';
import { formatCount, formatSignedCount } from '../../../src/ui/formatCount.ts';

describe('formatCount', () => {
  test('groups thousands with commas', () => {
    expect(formatCount(306995)).toBe('306,995');
  });

  test('rounds to a whole number of people', () => {
    expect(formatCount(1234.6)).toBe('1,235');
  });

  test('writes negatives with a true minus sign (U+2212)', () => {
    expect(formatCount(-60730)).toBe('\u221260,730');
  });

  test('writes values that round to zero as "0", never "−0"', () => {
    expect(formatCount(-0.2)).toBe('0');
  });
});

describe('formatSignedCount', () => {
  test('puts a plus sign on gains', () => {
    expect(formatSignedCount(100000)).toBe('+100,000');
  });

  test('puts a minus sign on losses', () => {
    expect(formatSignedCount(-60000)).toBe('\u221260,000');
  });

  test('leaves zero unsigned', () => {
    expect(formatSignedCount(0)).toBe('0');
  });
});
