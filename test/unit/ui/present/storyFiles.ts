import { readdirSync, readFileSync } from 'node:fs';
import type { Scenario } from '../../../../src/engine/index.ts';
import { storyLibrary, type StoryLibrary } from '../../../../src/ui/present/story/storyLibrary.ts';

/** The scenario files in scenarios/, read from disk (independently of Vite's bundling). */
export function diskLibrary(): StoryLibrary {
  const files: Record<string, Scenario> = {};
  for (const name of readdirSync('scenarios')) {
    if (name.endsWith('.json') && name !== 'scenario.schema.json') files[name] = JSON.parse(readFileSync(`scenarios/${name}`, 'utf8')) as Scenario;
  }
  return storyLibrary(files);
}

/** The London default's zone ids. */
export function londonZoneIds(): string[] {
  return readFileSync('data/residents.csv', 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
}
