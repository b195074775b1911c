import { formatCount, formatSignedCount } from '../formatCount.ts';
import type { MeasureKey } from '../state/appState.ts';

const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

function withMinus(text: string): string {
  return text.replace('-', '\u2212');
}

/** A value of `measure` as people read it: "538", "+354", "0.6", "1.2m" (compact, for legend ticks), "4%". */
export function formatMeasure(measure: MeasureKey, value: number, options: { compact?: boolean } = {}): string {
  if (!Number.isFinite(value)) return 'none';
  switch (measure) {
    case 'change':
      return formatSignedCount(value);
    case 'netChange':
      if (!options.compact) return formatSignedCount(value);
      return (value > 0 ? '+' : '') + withMinus(compact.format(value).toLowerCase());
    case 'per1000':
      return oneDecimal.format(value);
    case 'pWait':
      return `${Math.round(value * 100)}%`;
    case 'withinTarget':
      return options.compact ? `${Math.round(value * 100)}%` : `${oneDecimal.format(value * 100)}%`;
    case 'present':
    case 'demand':
      return options.compact ? compact.format(value).toLowerCase() : formatCount(value);
    case 'officers':
      return formatCount(value);
    case 'difference':
      return formatSignedCount(value);
  }
}
