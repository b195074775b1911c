import { formatCount } from '../formatCount.ts';
import type { MeasureKey } from '../state/appState.ts';
import { formatMeasure } from './formatMeasure.ts';
import { notPolicedText } from './notPolicedText.ts';
import type { TooltipContent, TooltipRow } from './tooltip.ts';
import type { ZoneStatics, ZoneWeek } from './zoneWeek.ts';

/** What a zone's figures are read from: the dataset's zones, or the hexagons laid over them. */
export interface ZoneFigures {
  /** A map of other figures (the difference between scenarios) says its own. */
  describe?: (zone: number) => TooltipContent;
  names: readonly string[];
  /** Police force of each zone ('' when not given). */
  forces: readonly string[];
  statics: ZoneStatics;
  week: ZoneWeek | null;
  /** The scenario's force ("all" or a force name). */
  force: string;
  slot: number;
  measure: MeasureKey;
  /** Finer zones: where each lies, said in the subtitle ("Mostly in Camden", "In Camden"). */
  within?: (zone: number) => string;
}

/** A zone's figures at the slot on screen: officers (scenario and fixed), change, people present, per 1,000. */
export function zoneTooltipContent(f: ZoneFigures, zone: number): TooltipContent {
  if (f.describe) return f.describe(zone);
  const { week, slot } = f;
  const rows: TooltipRow[] = [];
  const policed = week ? week.allocated[zone] === 1 : true;
  const forceText = policed ? f.forces[zone] || 'Police force not given' : notPolicedText(f.forces[zone], f.force);
  const subtitle = f.within ? `${f.within(zone)}${policed ? '' : `. ${forceText}`}` : forceText;
  if (week && zone < week.n) {
    const i = slot * week.n + zone;
    const present = week.present[i];
    if (policed) {
      const officers = week.officersWhole[i];
      rows.push(['Officers', formatCount(officers)], ['Officers (fixed)', formatCount(week.fixedWhole[i])]);
      rows.push(['Change against fixed', formatMeasure('change', officers - week.fixedWhole[i])]);
      rows.push(['People present', formatCount(present)]);
      rows.push(['Officers per 1,000 present', present > 0 ? formatMeasure('per1000', (1000 * officers) / present) : 'none']);
      if (f.measure === 'demand') rows.push(['Demand', formatCount(week.demand[i])]);
      if (f.measure === 'pWait') rows.push(['Probability of waiting', formatMeasure('pWait', week.pWait[i])]);
      if (f.measure === 'withinTarget') {
        const share = week.withinTarget ? week.withinTarget[i] : NaN;
        rows.push(['Immediate calls within 15 min', Number.isFinite(share) ? formatMeasure('withinTarget', share) : week.withinTarget ? 'no calls' : 'boroughs only']);
      }
    } else {
      rows.push(['People present', formatCount(present)]);
    }
  } else {
    rows.push(['Officers', 'calculating…']);
  }
  rows.push(['Residents', formatCount(f.statics.residents[zone])]);
  if (f.measure === 'netChange') rows.push(['Net change by day', formatMeasure('netChange', f.statics.workday[zone] - f.statics.residents[zone])]);
  return { title: f.names[zone], subtitle, rows };
}
