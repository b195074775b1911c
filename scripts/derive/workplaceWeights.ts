/**
 * The workplace proxy that places a borough's arriving commuters within it, at LSOA and MSOA level. No public
 * table at hand gives where people work below borough level (Census WU03EW at MSOA level is not available
 * offline), so each small area's share of its borough's workplaces is a stated blend:
 *
 *   w_l = blend x (its share of the borough's Mon-Thu 07:00-10:00 station exits)
 *       + (1 - blend) x (its share of the borough's mid-2019 residents)
 *
 * (residents alone where the borough has no station exits). An MSOA's weight is the sum of its LSOAs'.
 */
import type { Lsoa } from './smallAreas.ts';
import type { Station } from './stations.ts';

/** Integer weights for largest-remainder rounding are w x WEIGHT_SCALE, rounded. */
export const WEIGHT_SCALE = 1e9;
/** The default blend: workplaces lean toward stations, but not every worker arrives by rail. An assumption. */
export const DEFAULT_BLEND = 0.5;
/** The morning peak whose exits mark workplaces: 07:00 to 10:00 (clock columns 28 to 39). */
const AM_FROM = 28;
const AM_TO = 40;

export interface Workplaces {
  blend: number;
  /** Share of its borough's workplaces, by LSOA and by MSOA (each sums to 1 over a borough). */
  lsoa: Map<string, number>;
  msoa: Map<string, number>;
  /** Mon-Thu 07:00-10:00 exits by LSOA. */
  amExits: Map<string, number>;
}

export function amPeakExits(s: Station): number {
  const out = s.profile.get('mon-thu')!.out;
  let sum = 0;
  for (let q = AM_FROM; q < AM_TO; q++) sum += out[q];
  return sum;
}

export function workplaceWeights(lsoas: readonly Lsoa[], stations: readonly Station[], blend: number): Workplaces {
  const amExits = new Map<string, number>();
  for (const s of stations) if (s.lsoa) amExits.set(s.lsoa, (amExits.get(s.lsoa) ?? 0) + amPeakExits(s));
  const boroughExits = new Map<string, number>();
  const boroughPersons = new Map<string, number>();
  for (const l of lsoas) {
    boroughExits.set(l.lad, (boroughExits.get(l.lad) ?? 0) + (amExits.get(l.id) ?? 0));
    boroughPersons.set(l.lad, (boroughPersons.get(l.lad) ?? 0) + l.persons);
  }
  const lsoa = new Map<string, number>();
  const msoa = new Map<string, number>();
  for (const l of lsoas) {
    const exits = boroughExits.get(l.lad)!;
    const people = l.persons / boroughPersons.get(l.lad)!;
    const w = exits > 0 ? blend * ((amExits.get(l.id) ?? 0) / exits) + (1 - blend) * people : people;
    lsoa.set(l.id, w);
    msoa.set(l.msoa, (msoa.get(l.msoa) ?? 0) + w);
  }
  return { blend, lsoa, msoa, amExits };
}
