import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/io/parseNumber.ts';

const message = (cell: string, kind: 'whole' | 'count' | 'signed') => {
  const r = parseNumber(cell, kind);
  return r.ok ? r.value : r.message;
};

describe('parseNumber', () => {
  it('reads plain decimals', () => {
    expect(message('12', 'whole')).toBe(12);
    expect(message(' 12 ', 'whole')).toBe(12);
    expect(message('12.0', 'whole')).toBe(12);
    expect(message('1e3', 'whole')).toBe(1000);
    expect(message('12.5', 'count')).toBe(12.5);
    expect(message('.5', 'count')).toBe(0.5);
    expect(message('-0', 'whole')).toBe(0);
    expect(Object.is(message('-0', 'whole'), -0)).toBe(false);
    expect(message('-0.11', 'signed')).toBe(-0.11);
  });

  it('rejects non-numbers, with hints for common spreadsheet habits', () => {
    expect(message('12a', 'whole')).toBe('"12a" is not a whole number');
    expect(message('12a', 'count')).toBe('"12a" is not a number');
    expect(message('0x10', 'whole')).toBe('"0x10" is not a whole number');
    expect(message('1,234', 'whole')).toBe('"1,234" is not a whole number (leave out thousands separators)');
    expect(message('12,5', 'count')).toBe('"12,5" is not a number (use a point as the decimal mark)');
    expect(message('', 'whole')).toBe('value is missing; expected a whole number >= 0');
    expect(message('  ', 'count')).toBe('value is missing; expected a number >= 0');
    expect(message('', 'signed')).toBe('value is missing; expected a number');
  });

  it('rejects NaN and infinities', () => {
    expect(message('NaN', 'count')).toBe('"NaN" is not a finite number');
    expect(message('Infinity', 'whole')).toBe('"Infinity" is not a finite number');
    expect(message('-inf', 'signed')).toBe('"-inf" is not a finite number');
    expect(message('1e999', 'count')).toBe('"1e999" is not a finite number');
  });

  it('rejects negatives and fractions where whole counts are required', () => {
    expect(message('-3', 'whole')).toBe('"-3" is negative; expected a whole number >= 0');
    expect(message('-0.5', 'count')).toBe('"-0.5" is negative; expected a number >= 0');
    expect(message('12.5', 'whole')).toBe('"12.5" is not a whole number');
  });

  it('round-trips any finite non-negative number written by JavaScript', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (x) => {
        const r = parseNumber(String(x), 'count');
        return r.ok && r.value === x;
      }),
    );
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const r = parseNumber(String(n), 'whole');
        return r.ok && r.value === n;
      }),
    );
  });
});
