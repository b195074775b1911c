import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatSigned } from '../../../../src/ui/insight/formatFigure.ts';

describe('formatNumber', () => {
  it('groups thousands and rounds to the digits asked for', () => {
    expect(formatNumber(306995)).toBe('306,995');
    expect(formatNumber(1234.567, 2)).toBe('1,234.57');
  });
  it('writes negatives with a true minus sign', () => {
    expect(formatNumber(-60730)).toBe('\u221260,730');
  });
  it('shows no sign on a value that rounds to zero', () => {
    expect(formatNumber(-0.004, 2)).toBe('0.00');
    expect(formatNumber(-0.4)).toBe('0');
  });
  it('says "not known" for NaN and infinities', () => {
    expect(formatNumber(NaN)).toBe('not known');
    expect(formatNumber(Infinity)).toBe('not known');
  });
});

describe('formatSigned', () => {
  it('puts a plus on gains, a minus on losses and nothing on zero', () => {
    expect(formatSigned(354)).toBe('+354');
    expect(formatSigned(-53)).toBe('\u221253');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(0.2)).toBe('0');
  });
});

describe('formatPercent', () => {
  it('turns a share into a percentage', () => {
    expect(formatPercent(0.869)).toBe('86.9%');
    expect(formatPercent(1, 0)).toBe('100%');
    expect(formatPercent(NaN)).toBe('not known');
  });
});
