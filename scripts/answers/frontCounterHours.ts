import type { FrontCounterFigures, OpeningFigures } from '../../src/model/index.ts';
import { scenario, type AnswerEngine } from './answerEngine.ts';
import { percent, points, table } from './markdown.ts';

const NINE_TO_FIVE = 'Mon-Fri 09:00-17:00';

function rowOf(label: string, o: OpeningFigures): string[] {
  return [label, o.text, String(o.weeklyHours), percent(o.residentsShare), percent(o.presentShare), percent(o.residentsAwayWhenOpen)];
}

/**
 * front-counter-hours: Wandsworth's counters against the best timetables with the same hours, then
 * every Met borough at weekdays 9 to 5 against its best 40 hours.
 */
export async function frontCounterHoursAnswer(engine: AnswerEngine): Promise<string> {
  const s = scenario('front-counter-hours.json');
  const counters = (await engine.run(s)).frontCounters;
  const rows = counters.flatMap((f: FrontCounterFigures) => [rowOf(`${f.name}: as open`, f.given), ...(f.best ? [rowOf(`${f.name}: best with the same hours`, f.best)] : [])]);

  const { ids, names, forces } = engine.summary.zones;
  const everywhere = ids.flatMap((id, z) => (forces[z] === s.force ? [{ name: names[z], zone: id, opening: NINE_TO_FIVE }] : []));
  const all = (await engine.run({ ...s, frontCounters: everywhere })).frontCounters
    .slice()
    .sort((a, b) => a.given.residentsShare - b.given.residentsShare || a.zone - b.zone);
  const nine = counters[0];
  return [
    table(['counter', 'opening hours', 'hours a week', 'residents at home', 'people present', 'residents away while open'], rows, [2, 3, 4, 5]),
    '',
    `Weekdays 9 to 5 reach ${percent(nine.given.residentsShare)} of Wandsworth residents' waking hours at home, less than the ` +
      `${percent(40 / 112)} of waking hours they cover, because ${percent(nine.given.residentsAwayWhenOpen)} of residents are away ` +
      `while the counter is open. The same 40 hours placed for residents reach ${percent(nine.best?.residentsShare ?? NaN)} ` +
      `(${points((nine.best?.residentsShare ?? NaN) - nine.given.residentsShare)} points).`,
    '',
    `Every borough at ${NINE_TO_FIVE} against its best 40 hours (at least 4 hours a day), fewest residents served first:`,
    '',
    table(
      ['borough', 'weekdays 9-5: residents at home', 'residents away while open', 'best 40 hours', 'best timetable'],
      all.map((f) => [f.zoneName, percent(f.given.residentsShare), percent(f.given.residentsAwayWhenOpen), percent(f.best?.residentsShare ?? NaN), f.best?.text ?? '']),
      [1, 2, 3],
    ),
  ].join('\n');
}
