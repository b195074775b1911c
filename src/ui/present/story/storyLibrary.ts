import type { Scenario } from '../../../engine/index.ts';
import { sameValue } from './sameValue.ts';

/** The scenario files a story may name, by file name ("fixed-borough.json"). */
export interface StoryLibrary {
  /** A fresh copy of the named scenario, or null when there is no such file. */
  scenario(fileName: string): Scenario | null;
  fileNames(): readonly string[];
  /** The file whose scenario equals `scenario` (key order aside), or null. */
  nameOf(scenario: Scenario): string | null;
}

/** A library over scenarios already read, e.g. scenarios/*.json bundled by Vite or read from disk in tests. */
export function storyLibrary(files: Readonly<Record<string, Scenario>>): StoryLibrary {
  const names = Object.keys(files).sort();
  return {
    scenario: (fileName) => (Object.hasOwn(files, fileName) ? structuredClone(files[fileName]) : null),
    fileNames: () => names,
    nameOf: (scenario) => names.find((name) => sameValue(files[name], scenario)) ?? null,
  };
}
