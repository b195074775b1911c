/**
 * The borough dataset's small-area layer (data/small_areas.csv and data/small_areas.topojson): the 4,835 LSOAs
 * with their borough, residents (the borough's Census 2011 residents by mid-2019 LSOA shares, largest
 * remainder, so they sum to the borough exactly), workplace weight (workplaceWeights.ts) and recorded crime.
 * Hexagons are filled from it (src/model/hexagons/README.md).
 */
import { toCsv } from './csv.ts';
import { fixed, int } from './format.ts';
import { largestRemainder } from './rounding.ts';
import type { Lsoa } from './smallAreas.ts';
import type { Workplaces } from './workplaceWeights.ts';
import type { Zone } from './zones.ts';

/** LSOA id -> residents, the borough's Census residents spread by mid-2019 LSOA populations. */
export function lsoaResidents(lsoas: readonly Lsoa[], zones: readonly Zone[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const z of zones) {
    const mine = lsoas.filter((l) => l.lad === z.id);
    largestRemainder(z.residents, mine.map((l) => l.persons)).forEach((r, i) => out.set(mine[i].id, r));
  }
  return out;
}

export function smallAreasCsv(
  lsoas: readonly Lsoa[], residents: Map<string, number>, work: Workplaces, crime: Map<number, Map<string, number>>,
): string {
  const years = [...crime.keys()].sort((a, b) => a - b);
  return toCsv(
    ['id', 'zone_id', 'residents', 'workplace_weight', ...years.map((y) => `crimes_${y}`)],
    lsoas.map((l) => [l.id, l.lad, int(residents.get(l.id)!), fixed(work.lsoa.get(l.id)!, 9), ...years.map((y) => int(crime.get(y)!.get(l.id) ?? 0))]),
  );
}
