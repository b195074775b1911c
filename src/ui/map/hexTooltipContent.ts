import type { HexGridResponse, HexSlotResult } from '../../engine/engineProtocol.ts';
import { formatCount } from '../formatCount.ts';
import { formatMeasure } from './formatMeasure.ts';
import { notPolicedText } from './notPolicedText.ts';
import type { TooltipContent, TooltipRow } from './tooltip.ts';

type Grid = Extract<HexGridResponse, { ok: true }>;

/** A hexagon's figures in the slot the engine last answered for: as a zone's, plus the zone it is mostly in. */
export function hexTooltipContent(grid: Grid, slot: HexSlotResult | null, zones: { names: string[]; forces: string[] }, force: string, hex: number): TooltipContent {
  const zone = grid.zone[hex];
  const zoneName = zones.names[zone] ?? 'no zone';
  const rows: TooltipRow[] = [];
  let subtitle = `Mostly in ${zoneName}`;
  if (!slot || slot.n !== grid.ids.length) rows.push(['Officers', 'calculating…']);
  else if (!slot.allocated[hex]) {
    subtitle = `${subtitle}. ${notPolicedText(zones.forces[zone] ?? '', force)}`;
    rows.push(['People present', formatCount(slot.present[hex])]);
  } else {
    const officers = slot.officersWhole[hex];
    const present = slot.present[hex];
    rows.push(
      ['Officers', formatCount(officers)],
      ['Officers (fixed)', formatCount(slot.fixedWhole[hex])],
      ['Change against fixed', formatMeasure('change', officers - slot.fixedWhole[hex])],
      ['People present', formatCount(present)],
      ['Officers per 1,000 present', present > 0 ? formatMeasure('per1000', (1000 * officers) / present) : 'none'],
    );
  }
  rows.push(['Residents', formatCount(grid.residents[hex])]);
  return { title: grid.names[hex], subtitle, rows };
}
