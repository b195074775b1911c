import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrivedCommuters } from '../../../src/model/arrivedCommuters.ts';
import { bestOpeningHours } from '../../../src/model/frontCounterBest.ts';
import { frontCounterFigures, type PreparedFrontCounter } from '../../../src/model/frontCounterFigures.ts';
import { formatOpeningHours, openSlots, parseOpeningHours, weeklyHours, type OpeningHours, type OpeningWindow } from '../../../src/model/frontCounterHours.ts';
import { peopleInputs } from '../../../src/model/scenarioInputs.ts';
import { loadDefault } from '../loadDefault.ts';

function hours(text: string): OpeningHours {
  const p = parseOpeningHours(text);
  if (!p.ok) throw new Error(p.message);
  return p.hours;
}

const WANDSWORTH = 'E09000032';

/** A timetable that keeps the rules: at most one window a day, each within its day and at least `min` slots. */
const timetable = (min: number, slotsPerDay = 96, days = 7) =>
  fc.array(
    fc.option(fc.integer({ min, max: slotsPerDay }).chain((len) => fc.integer({ min: 0, max: slotsPerDay - len }).map((open): OpeningWindow => ({ open, close: open + len })))),
    { minLength: days, maxLength: days },
  );

function value(windows: readonly (OpeningWindow | null)[], weights: ArrayLike<number>, slotsPerDay: number): number {
  let v = 0;
  windows.forEach((w, d) => {
    if (w) for (let q = w.open; q < w.close; q++) v += weights[d * slotsPerDay + q];
  });
  return v;
}

/** Every timetable of a small week, by brute force. */
function allTimetables(days: number, slotsPerDay: number, min: number): (OpeningWindow | null)[][] {
  const dayOptions: (OpeningWindow | null)[] = [null];
  for (let len = Math.max(1, min); len <= slotsPerDay; len++) for (let open = 0; open + len <= slotsPerDay; open++) dayOptions.push({ open, close: open + len });
  let out: (OpeningWindow | null)[][] = [[]];
  for (let d = 0; d < days; d++) out = out.flatMap((t) => dayOptions.map((o) => [...t, o]));
  return out;
}

const slotsOf = (windows: readonly (OpeningWindow | null)[]) => windows.reduce((a, w) => a + (w ? w.close - w.open : 0), 0);

describe('opening hours', () => {
  it('reads day ranges, lists, full names and 24:00; days not named are closed', () => {
    expect(hours('Mon-Fri 09:00-17:00')).toEqual([...Array(5).fill({ open: 36, close: 68 }), null, null]);
    expect(hours('Mon-Fri 10:00-22:00; Sat,Sun 09:00-19:00')).toEqual([...Array(5).fill({ open: 40, close: 88 }), { open: 36, close: 76 }, { open: 36, close: 76 }]);
    expect(hours('Saturday 00:00-24:00; sun closed')).toEqual([null, null, null, null, null, { open: 0, close: 96 }, null]);
    expect(hours('Fri-Mon 18:00-23:30').map((w) => w !== null)).toEqual([true, false, false, false, true, true, true]);
    expect(weeklyHours(hours('Mon-Fri 09:00-17:00'))).toBe(40);
    expect(weeklyHours(hours('Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00'))).toBe(80);
  });

  it.each([
    ['Mon-Fri 09:00-17:00; Fri 18:00-20:00', '"Fri 18:00-20:00": Fri is given twice; a counter opens at most once a day'],
    ['Mon-Fru 09:00-17:00', '"Fru" is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)'],
    ['Mon 09:10-17:00', '09:10 is not a time on a 15-minute boundary from 00:00 to 24:00'],
    ['Mon 22:00-02:00', '02:00 is not after 22:00: a window closes on its own day, by 24:00'],
    ['Mon 9 to 5', '"9 to 5" is not a time window such as 09:00-17:00 (or "closed")'],
    ['Mon-Fri', '"Mon-Fri" needs days and a window, such as "Mon-Fri 09:00-17:00"'],
    [' ; ', 'no opening hours given (e.g. "Mon-Fri 09:00-17:00")'],
  ])('refuses %j', (text, message) => {
    const p = parseOpeningHours(text);
    expect(p.ok ? 'accepted' : p.message).toBe(message);
  });

  it('formats as it reads, runs of days joined, and reads back the same (any timetable)', () => {
    expect(formatOpeningHours(hours('Mon,Tue,Wed,Thu,Fri 10:00-22:00; Sat-Sun 09:00-19:00'))).toBe('Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00');
    expect(formatOpeningHours(hours('Sun 00:00-24:00'))).toBe('Sun 00:00-24:00');
    expect(formatOpeningHours(Array(7).fill(null))).toBe('closed');
    fc.assert(fc.property(timetable(1), (t) => {
      const text = formatOpeningHours(t);
      if (text === 'closed') return;
      expect(hours(text)).toEqual(t);
      expect(openSlots(t).reduce((a, b) => a + b, 0)).toBe(slotsOf(t));
    }));
  });
});

describe('bestOpeningHours', () => {
  it('equals brute force on small weeks (3 days of 8 slots), any hours and minimum window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 24, maxLength: 24 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 1, max: 5 }),
        (weights, total, min) => {
          const best = bestOpeningHours(weights, total, min, 8);
          const feasible = allTimetables(3, 8, min).filter((t) => slotsOf(t) === total);
          if (feasible.length === 0) {
            expect(best).toBeNull();
            return;
          }
          const top = Math.max(...feasible.map((t) => value(t, weights, 8)));
          expect(best?.value).toBe(top);
          expect(value(best!.windows, weights, 8)).toBe(top);
          expect(slotsOf(best!.windows)).toBe(total);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('over a week beats or equals any timetable with the same hours, keeps the hours, one window a day of at least the minimum', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 672, maxLength: 672 }), timetable(16), (weights, random) => {
        const total = slotsOf(random);
        const best = bestOpeningHours(weights, total, 16);
        expect(best).not.toBeNull();
        expect(slotsOf(best!.windows)).toBe(total);
        expect(best!.windows).toHaveLength(7);
        for (const w of best!.windows) if (w) expect(w.close - w.open).toBeGreaterThanOrEqual(16);
        expect(best!.value).toBeGreaterThanOrEqual(value(random, weights, 96) - 1e-6 * (1 + best!.value));
      }),
      { numRuns: 60 },
    );
  });

  it('has no timetable with fewer hours than one window (other than none)', () => {
    expect(bestOpeningHours(new Float64Array(672), 10, 16)).toBeNull();
    expect(bestOpeningHours(new Float64Array(672), 0, 16)?.windows).toEqual(Array(7).fill(null));
  });
});

describe('front counter figures (London default)', () => {
  const figures = async (opening: string, bestFor: PreparedFrontCounter['bestFor'] = 'residents') => {
    const data = await loadDefault();
    const people = peopleInputs(data);
    const zone = data.zones.ids.indexOf(WANDSWORTH);
    const counter = { name: 'Wandsworth', zone, hours: hours(opening), minSlots: 16, bestFor };
    return { data, people, zone, f: frontCounterFigures(data, people.phase, people.present, counter) };
  };

  it('Wandsworth, Monday to Friday 9 to 5: 27.8% of residents\' waking hours at home; the best 40 hours reach 41.2%', async () => {
    const { f } = await figures('Mon-Fri 09:00-17:00');
    expect([f.zoneName, f.given.weeklyHours, f.best?.weeklyHours]).toEqual(['Wandsworth', 40, 40]);
    expect(f.given.residentsShare).toBeCloseTo(0.278, 3);
    expect(f.given.presentShare).toBeCloseTo(0.323, 3);
    expect(f.given.residentsAwayWhenOpen).toBeCloseTo(0.355, 3);
    expect(f.best!.residentsShare).toBeCloseTo(0.412, 3);
    // 40 of 112 waking hours is 35.7%: 9 to 5 serves fewer because residents are away at work.
    expect(f.given.residentsShare).toBeLessThan(40 / 112);
  });

  it('Wandsworth, the 2026 pattern (weekdays 10:00-22:00, weekends 09:00-19:00): 68.3%; the best 80 hours 76.0%', async () => {
    const { f } = await figures('Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00');
    expect(f.given.weeklyHours).toBe(80);
    expect(f.given.residentsShare).toBeCloseTo(0.683, 3);
    expect(f.best!.residentsShare).toBeCloseTo(0.760, 3);
    expect(f.best!.residentsShare).toBeGreaterThanOrEqual(f.given.residentsShare);
  });

  it('residents at home are people present less commuters arrived: the shares match a count from the week arrays', async () => {
    const { data, people, zone, f } = await figures('Tue 07:00-12:00; Sat 12:00-20:00', 'present');
    const n = data.zones.count;
    const arrived = arrivedCommuters(data, people.phase);
    const open = openSlots(f.given.hours);
    let all = 0;
    let inside = 0;
    for (let s = 0; s < 672; s++) {
      const q = s % 96;
      if (q < 28 || q >= 92) continue;
      const home = people.present[s * n + zone] - arrived[s * n + zone];
      all += home;
      if (open[s]) inside += home;
    }
    expect(f.given.residentsShare).toBeCloseTo(inside / all, 12);
    // Maximising people present, the best timetable is at least as good for them as the given one.
    expect(f.best!.presentShare).toBeGreaterThanOrEqual(f.given.presentShare);
  });
});
