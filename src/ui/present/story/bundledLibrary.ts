import type { Scenario } from '../../../engine/index.ts';
import { storyLibrary, type StoryLibrary } from './storyLibrary.ts';

// Every scenario file in scenarios/, bundled by Vite: a scenario added there is one a story may name.
const files = import.meta.glob<Scenario>('../../../../scenarios/*.json', { eager: true, import: 'default' });

const byName: Record<string, Scenario> = {};
for (const [path, scenario] of Object.entries(files)) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name !== 'scenario.schema.json') byName[name] = scenario;
}

/** The scenarios shipped in scenarios/, by file name. */
export const bundledLibrary: StoryLibrary = storyLibrary(byName);
