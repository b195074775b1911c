/**
 * `npm run scenarios:answers`: computes the figures that answer each scenario's question in
 * docs/scenarios.md from the shipped data, through the engine API, and writes them between the doc's
 * markers (<!-- answers:NAME --> ... <!-- /answers:NAME -->). Run it again when the data changes.
 * `--check` writes nothing and exits 1 when the doc's figures differ from the data's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { answerEngine, type AnswerEngine } from './answers/answerEngine.ts';
import { centralAbstractionAnswer } from './answers/centralAbstraction.ts';
import { fewerOfficersAnswer } from './answers/fewerOfficers.ts';
import { frontCounterHoursAnswer } from './answers/frontCounterHours.ts';
import { nightTimeEconomyAnswer } from './answers/nightTimeEconomy.ts';

const DOC = new URL('../docs/scenarios.md', import.meta.url);
const ANSWERS: Record<string, (engine: AnswerEngine) => Promise<string>> = {
  'fewer-officers-2020': fewerOfficersAnswer,
  'central-abstraction': centralAbstractionAnswer,
  'front-counter-hours': frontCounterHoursAnswer,
  'night-time-economy': nightTimeEconomyAnswer,
};

const check = process.argv.includes('--check');
const engine = await answerEngine();
let doc = readFileSync(DOC, 'utf8');
const before = doc;
for (const [name, answer] of Object.entries(ANSWERS)) {
  const open = `<!-- answers:${name} -->`;
  const close = `<!-- /answers:${name} -->`;
  const a = doc.indexOf(open);
  const b = doc.indexOf(close);
  if (a < 0 || b < a) throw new Error(`docs/scenarios.md has no ${open} ... ${close} markers`);
  process.stderr.write(`${name}...\n`);
  doc = `${doc.slice(0, a + open.length)}\n${await answer(engine)}\n${doc.slice(b)}`;
}
if (check) {
  if (doc !== before) {
    process.stderr.write('docs/scenarios.md is out of date: run npm run scenarios:answers\n');
    process.exitCode = 1;
  }
} else writeFileSync(DOC, doc);
