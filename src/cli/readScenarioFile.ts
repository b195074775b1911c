import { readFile } from 'node:fs/promises';
import { stripBom } from '../io/index.ts';
import { parseScenario, type Scenario } from '../model/index.ts';
import { fileProblem } from './fileProblem.ts';
import { formatScenarioError } from './formatScenarioError.ts';
import { InputError } from './inputError.ts';

/** Reads and checks a scenario file; every problem is an InputError naming `shown` (the path for messages). */
export async function readScenarioFile(path: string, shown: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError(`${shown}: ${fileProblem(e, 'file')}`);
  }
  const check = parseScenario(stripBom(text));
  if (!check.ok) throw new InputError(check.errors.map((error) => formatScenarioError(shown, error)));
  return check.scenario;
}
