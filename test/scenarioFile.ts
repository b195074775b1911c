import { readFileSync } from 'node:fs';
import type { Scenario } from '../src/model/scenario.ts';

/** A shipped scenario from scenarios/, parsed (not checked: tests pass it on to what checks it). */
export function scenarioFile(name: string): Scenario {
  return JSON.parse(readFileSync(new URL(`../scenarios/${name}`, import.meta.url), 'utf8')) as Scenario;
}
