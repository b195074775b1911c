import type { RankedChange } from './changeRanking.ts';
import { formatSigned } from './formatFigure.ts';

/** The text alternative of the ranked bars: every zone and its change, in rank order. */
export function changeBarsLabel(ranking: readonly RankedChange[], names: readonly string[], slotLabel: string): string {
  const items = ranking.map((r) => `${names[r.zone]} ${formatSigned(r.change)}`);
  return `Change in officers against the fixed model at ${slotLabel}, largest gain first: ${items.join(', ')}.`;
}
