/**
 * Every figure the shipped story's captions quote, recomputed by the model on the London default. A
 * change to the data or the engine that moves a caption's figure fails here, naming the view, so the
 * story cannot drift from what the app shows when it walks through it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Day, slotOf } from '../../../../src/model/time.ts';
import { netDaytimeChange } from '../../../../src/model/workday.ts';
import { londonRun, type LondonRun, WESTMINSTER } from '../../londonRun.ts';

const WANDSWORTH = 'E09000032';
const TOWER_HAMLETS = 'E09000030';
const CAMDEN = 'E09000007';
const CROYDON = 'E09000008';

interface View { caption: string; scenario: string; comparison?: string; day: string; time: string }
const views = (JSON.parse(readFileSync('stories/safer-together.json', 'utf8')) as { views: View[] }).views;

const thousands = (x: number) => Math.round(x).toLocaleString('en-GB');
const percent = (share: number) => `${Math.round(share * 100)}%`;
/** Officers in `zone` at the view's time. */
const officers = (r: LondonRun, zone: string, day: Day, time: string) => r.result.officersWhole[slotOf(day, time)! * r.data.zones.count + r.zone(zone)];
const present = (r: LondonRun, zone: string, day: Day, time: string) => r.result.inputs.present[slotOf(day, time)! * r.data.zones.count + r.zone(zone)];
const londonWithin = (r: LondonRun, day: Day, time: string) => r.result.measures.withinTargetSlot[slotOf(day, time)!];

function view(scenario: string, comparison?: string): View {
  const v = views.find((x) => x.scenario === scenario && x.comparison === comparison);
  if (!v) throw new Error(`no view of ${scenario}${comparison ? ` against ${comparison}` : ''}`);
  return v;
}

describe('the figures in stories/safer-together.json', () => {
  it('Wandsworth loses about 60,000 people by day and Tower Hamlets gains about 115,000 (to the nearest 5,000)', async () => {
    const { data, zone } = await londonRun('fixed-borough.json');
    const net = netDaytimeChange(data);
    const nearest5000 = (x: number) => thousands(Math.round(x / 5000) * 5000);
    expect(nearest5000(-net[zone(WANDSWORTH)])).toBe('60,000');
    expect(nearest5000(net[zone(TOWER_HAMLETS)])).toBe('115,000');
    expect(views[0].caption).toContain(`Wandsworth loses about ${nearest5000(-net[zone(WANDSWORTH)])} `);
    expect(views[0].caption).toContain(`Tower Hamlets gains about ${nearest5000(net[zone(TOWER_HAMLETS)])} `);
  });

  it('Monday 12:00 under the fixed model: people present and officers, Westminster and Wandsworth', async () => {
    const fixed = await londonRun('fixed-borough.json');
    const k = (x: number) => `${thousands(Math.round(x / 1000) * 1000)}`;
    const residents = (zone: string) => fixed.data.residents[fixed.zone(zone)];
    const at = (zone: string) => ({ present: present(fixed, zone, 'Mon', '12:00'), officers: officers(fixed, zone, 'Mon', '12:00') });
    const w = at(WESTMINSTER);
    const wa = at(WANDSWORTH);
    const people = views.find((v) => v.caption.startsWith('Monday 12:00: Westminster holds'))!.caption;
    expect(people).toContain(`Westminster holds about ${k(w.present)} people, nearly three times its ${k(residents(WESTMINSTER))} residents`);
    expect(people).toContain(`Wandsworth has ${k(wa.present)} of its ${k(residents(WANDSWORTH))}`);
    const perThousand = (o: { present: number; officers: number }) => (o.officers / o.present * 1000).toFixed(2);
    const territorial = views.find((v) => v.caption.startsWith("Today's territorial model"))!.caption;
    expect(territorial).toContain(`Westminster has ${w.officers} officers on duty for ${k(w.present)} people present (${perThousand(w)} per 1,000)`);
    expect(territorial).toContain(`Wandsworth ${wa.officers} for ${k(wa.present)} (${perThousand(wa)} per 1,000)`);
  });

  it('fixed against follow-the-commute at Monday 12:00: officers, the difference and the share of calls answered in time', async () => {
    const fixed = await londonRun('fixed-borough.json');
    const follow = await londonRun('follow-the-commute.json');
    const noon = (r: LondonRun, zone: string) => officers(r, zone, 'Mon', '12:00');
    const onDuty = follow.result.onDuty[slotOf('Mon', '12:00')!];
    expect(onDuty).toBe(fixed.result.onDuty[slotOf('Mon', '12:00')!]);
    const [side, difference, calls] = views.filter((v) => v.scenario === 'fixed-borough.json' && v.comparison === 'follow-the-commute.json').map((v) => v.caption);
    expect(side).toContain(`The same ${thousands(onDuty)} officers on duty`);
    for (const [name, zone] of [['Westminster', WESTMINSTER], ['Tower Hamlets', TOWER_HAMLETS], ['Wandsworth', WANDSWORTH]] as const) {
      expect(side).toContain(`${name} ${noon(follow, zone)} instead of ${noon(fixed, zone)}`);
    }
    const signed = (zone: string) => {
      const d = noon(follow, zone) - noon(fixed, zone);
      return d > 0 ? `+${d}` : `\u2212${-d}`;
    };
    for (const [name, zone] of [['Westminster', WESTMINSTER], ['Camden', CAMDEN], ['Tower Hamlets', TOWER_HAMLETS], ['Wandsworth', WANDSWORTH], ['Croydon', CROYDON]] as const) {
      expect(difference).toContain(`${name} ${signed(zone)}`);
    }
    expect(calls).toContain(`rises from ${percent(londonWithin(fixed, 'Mon', '12:00'))} to ${percent(londonWithin(follow, 'Mon', '12:00'))} across London`);
  });

  it('the smoothed answer at Monday 09:45: Westminster against follow-the-commute', async () => {
    const follow = await londonRun('follow-the-commute.json');
    const smoothed = await londonRun('follow-the-commute-smoothed.json');
    const { caption } = view('follow-the-commute.json', 'follow-the-commute-smoothed.json');
    expect(caption).toContain(`at most ${smoothed.plan.maxChangePerSlot} officers a quarter hour`);
    expect(caption).toContain(`at 09:45 Westminster has ${officers(smoothed, WESTMINSTER, 'Mon', '09:45')}, not ${officers(follow, WESTMINSTER, 'Mon', '09:45')}`);
  });

  it('central events at Sunday 12:00: Croydon abstracted, and London\'s share of calls in time with and without a central reserve', async () => {
    const fixed = await londonRun('fixed-borough.json');
    const central = await londonRun('central-abstraction.json');
    const reserve = await londonRun('central-abstraction-reserve.json');
    const { caption } = view('central-abstraction.json', 'central-abstraction-reserve.json');
    const sunday = slotOf('Sun', '12:00')!;
    const n = central.data.zones.count;
    const eventOfficers = central.result.eventOfficers.slice(sunday * n, (sunday + 1) * n).reduce((a, b) => a + b, 0);
    expect(caption).toContain(`taking ${thousands(eventOfficers)} officers on duty from the boroughs`);
    expect(caption).toContain(`leaves Croydon ${officers(central, CROYDON, 'Sun', '12:00')} instead of ${officers(fixed, CROYDON, 'Sun', '12:00')}`);
    expect(caption).toContain(`London answers ${percent(londonWithin(central, 'Sun', '12:00'))} of immediate calls`);
    expect(caption).toContain(`keeps boroughs near strength: ${percent(londonWithin(reserve, 'Sun', '12:00'))}.`);
  });

  it("Wandsworth's front counter: residents away while it is open, and waking hours at home it covers, against the best 40 hours", async () => {
    const run = await londonRun('front-counter-hours.json');
    const nineToFive = run.result.frontCounters.find((f) => f.zoneId === WANDSWORTH && f.given?.text === 'Mon-Fri 09:00-17:00');
    if (!nineToFive?.given || !nineToFive.best) throw new Error('front-counter-hours.json has no Wandsworth 9-to-5 counter');
    const { caption } = view('front-counter-hours.json');
    expect(caption).toContain(`when ${percent(nineToFive.given.residentsAwayWhenOpen)} of its residents are away`);
    expect(caption).toContain(`Only ${percent(nineToFive.given.residentsShare)} of their waking hours at home`);
    expect(nineToFive.best.weeklyHours).toBe(40);
    expect(nineToFive.best.text).toMatch(/^Mon-Fri 19:00-23:00; Sat .*; Sun /);
    expect(caption).toContain(`the same 40 hours on weekday evenings and at weekends would reach ${percent(nineToFive.best.residentsShare)}`);
  });
});
