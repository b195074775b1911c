import type { DatasetSummary } from '../../engine/datasetSummary.ts';
import type { ScenarioResult } from '../../model/runScenario.ts';
import { formatCount } from '../formatCount.ts';
import type { MeasureKey } from '../state/appState.ts';
import { formatMeasure } from './formatMeasure.ts';
import { notPolicedText } from './notPolicedText.ts';
import type { TooltipContent, TooltipRow } from './tooltip.ts';

export interface ZoneFigures {
  summary: DatasetSummary;
  result: ScenarioResult | null;
  /** The scenario's force ("all" or a force name). */
  force: string;
  allocated: Uint8Array;
  slot: number;
  measure: MeasureKey;
}

/** A zone's figures at the slot on screen: officers (scenario and fixed), change, people present, per 1,000. */
export function zoneTooltipContent(f: ZoneFigures, zone: number): TooltipContent {
  const { summary, result, slot } = f;
  const zones = summary.zones;
  const rows: TooltipRow[] = [];
  let subtitle = zones.forces[zone] || 'Police force not given';
  const i = result && zone < result.n ? slot * result.n + zone : -1;
  if (!f.allocated[zone]) subtitle = notPolicedText(zones.forces[zone], f.force);
  if (result && i >= 0) {
    const present = result.inputs.present[i];
    if (f.allocated[zone]) {
      const officers = result.officersWhole[i];
      rows.push(['Officers', formatCount(officers)], ['Officers (fixed)', formatCount(result.fixedWhole[i])]);
      rows.push(['Change against fixed', formatMeasure('change', officers - result.fixedWhole[i])]);
      rows.push(['People present', formatCount(present)]);
      rows.push(['Officers per 1,000 present', present > 0 ? formatMeasure('per1000', (1000 * officers) / present) : 'none']);
      if (f.measure === 'demand') rows.push(['Demand', formatCount(result.inputs.demand[i])]);
      if (f.measure === 'pWait') rows.push(['Probability of waiting', formatMeasure('pWait', result.measures.pWait[i])]);
    } else {
      rows.push(['People present', formatCount(present)]);
    }
  } else {
    rows.push(['Officers', 'calculating…']);
  }
  rows.push(['Residents', formatCount(zones.residents[zone])]);
  if (f.measure === 'netChange') rows.push(['Net change by day', formatMeasure('netChange', zones.workday[zone] - zones.residents[zone])]);
  return { title: zones.names[zone], subtitle, rows };
}
