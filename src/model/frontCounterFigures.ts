import { arrivedCommutersAt } from './arrivedCommuters.ts';
import { inCommuters, type CommutePhase } from './commutePhase.ts';
import type { Dataset } from './dataset.ts';
import { bestOpeningHours } from './frontCounterBest.ts';
import { formatOpeningHours, openSlots, weeklyHours, type OpeningHours } from './frontCounterHours.ts';
import { DEFAULTS } from './scenario.ts';
import { SLOTS_PER_DAY, SLOTS_PER_WEEK, parseClock } from './time.ts';

/** A front counter resolved against a dataset (prepareScenario). */
export interface PreparedFrontCounter {
  name: string;
  zone: number;
  hours: OpeningHours;
  /** Shortest window a day the best timetable may use, in slots. */
  minSlots: number;
  bestFor: 'residents' | 'present';
}

/** How one timetable serves the zone, over waking hours (07:00-23:00) every day of the week. */
export interface OpeningFigures {
  hours: OpeningHours;
  /** As parseOpeningHours reads it: "Mon-Fri 09:00-17:00". */
  text: string;
  weeklyHours: number;
  /** Share of residents' waking hours at home that fall inside opening hours. */
  residentsShare: number;
  /** Share of the waking hours of people present in the zone that fall inside opening hours. */
  presentShare: number;
  /** Residents away from the zone (at work elsewhere), as a share of residents, averaged over open slots. */
  residentsAwayWhenOpen: number;
}

export interface FrontCounterFigures {
  name: string;
  zone: number;
  zoneId: string;
  zoneName: string;
  minWindowMinutes: number;
  bestFor: 'residents' | 'present';
  given: OpeningFigures;
  /** The best timetable with the same weekly hours; null when none exists (fewer hours than one window). */
  best: OpeningFigures | null;
}

/** Slots of the day in waking hours (DEFAULTS.frontCounter: 07:00 to 23:00). */
const WAKING_START = parseClock(DEFAULTS.frontCounter.wakingStart)!;
const WAKING_END = parseClock(DEFAULTS.frontCounter.wakingEnd)!;

function isWaking(slot: number): boolean {
  const q = slot % SLOTS_PER_DAY;
  return q >= WAKING_START && q < WAKING_END;
}

/** Per week slot: residents of `zone` at home and people present, both zero outside waking hours. */
export function frontCounterWeights(
  data: Dataset, phase: CommutePhase, present: Float64Array, zone: number,
): { home: Float64Array; present: Float64Array } {
  const n = data.zones.count;
  const inflow = inCommuters(data)[zone];
  const home = new Float64Array(SLOTS_PER_WEEK);
  const here = new Float64Array(SLOTS_PER_WEEK);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    if (!isWaking(s)) continue;
    const p = present[s * n + zone];
    here[s] = p;
    home[s] = Math.max(0, p - arrivedCommutersAt(inflow, phase, n, zone, s));
  }
  return { home, present: here };
}

function openingFigures(hours: OpeningHours, home: Float64Array, present: Float64Array, residents: number): OpeningFigures {
  const open = openSlots(hours);
  let homeAll = 0;
  let homeOpen = 0;
  let presentAll = 0;
  let presentOpen = 0;
  let away = 0;
  let wakingOpen = 0;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    homeAll += home[s];
    presentAll += present[s];
    if (!open[s]) continue;
    homeOpen += home[s];
    presentOpen += present[s];
    if (isWaking(s) && residents > 0) {
      away += 1 - home[s] / residents;
      wakingOpen++;
    }
  }
  return {
    hours,
    text: formatOpeningHours(hours),
    weeklyHours: weeklyHours(hours),
    residentsShare: homeAll > 0 ? homeOpen / homeAll : 0,
    presentShare: presentAll > 0 ? presentOpen / presentAll : 0,
    residentsAwayWhenOpen: wakingOpen > 0 ? away / wakingOpen : 0,
  };
}

/**
 * How well a front counter's opening hours fit the people it serves: the share of residents' waking
 * hours at home (people present less commuters arrived from elsewhere, docs/model.md) and of people
 * present that fall inside opening hours, and the same for the best timetable with the same weekly
 * hours (bestOpeningHours, maximising residents at home or people present).
 */
export function frontCounterFigures(
  data: Dataset, phase: CommutePhase, present: Float64Array, counter: PreparedFrontCounter,
): FrontCounterFigures {
  const { zone } = counter;
  const w = frontCounterWeights(data, phase, present, zone);
  const residents = data.residents[zone];
  const given = openingFigures(counter.hours, w.home, w.present, residents);
  const slots = openSlots(counter.hours).reduce((a, b) => a + b, 0);
  const best = bestOpeningHours(counter.bestFor === 'residents' ? w.home : w.present, slots, counter.minSlots);
  return {
    name: counter.name,
    zone,
    zoneId: data.zones.ids[zone],
    zoneName: data.zones.names[zone],
    minWindowMinutes: counter.minSlots * 15,
    bestFor: counter.bestFor,
    given,
    best: best ? openingFigures(best.windows, w.home, w.present, residents) : null,
  };
}
