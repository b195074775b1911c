import { DAY_NAMES, formatClock } from '../../engine/index.ts';
import { formatNumber } from './formatFigure.ts';
import { peak, trough, type ZoneDaySeries } from './zoneDaySeries.ts';

/** The text alternative of a zone's day chart: the range of each series and when it peaks. */
export function dayCurveLabel(zoneName: string, day: number, s: ZoneDaySeries): string {
  const range = (values: Float64Array) => {
    const lo = trough(values);
    const hi = peak(values);
    return `from ${formatNumber(lo.value)} at ${formatClock(lo.at)} to ${formatNumber(hi.value)} at ${formatClock(hi.at)}`;
  };
  return (
    `${zoneName} on ${DAY_NAMES[day]}, 15 minutes at a time. People present ${range(s.present)}. ` +
    `Officers in this scenario ${range(s.officers)}. Officers in the fixed model ${range(s.fixed)}.`
  );
}
