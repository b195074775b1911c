import type { Dataset } from '../model/dataset.ts';
import { formatCount, formatSignedCount } from './formatCount.ts';
import type { TooltipContent } from './tooltip.ts';

/** Tooltip text for zone `zone`: name, force, residents, workday population and the net change. */
export function zoneTooltipContent(
  data: Dataset,
  workday: ArrayLike<number>,
  net: ArrayLike<number>,
  zone: number,
): TooltipContent {
  return {
    title: data.zones.names[zone],
    subtitle: data.zones.forces[zone] || 'Police force not given',
    rows: [
      ['Residents', formatCount(data.residents[zone])],
      ['Workday population', formatCount(workday[zone])],
      ['Net change by day', formatSignedCount(net[zone])],
    ],
  };
}
