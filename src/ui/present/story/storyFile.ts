import { fileSlug } from '../../../engine/index.ts';
import type { Story } from './story.ts';

/** A story as the JSON file it saves to, pointing editors at its schema. */
export function storyFileText(story: Story): string {
  const { $schema: _ignored, ...rest } = story;
  return `${JSON.stringify({ $schema: './story.schema.json', ...rest }, null, 2)}\n`;
}

/** "safer-together.json" for a story titled "Safer together". */
export function storyFileName(story: Story): string {
  return `${fileSlug(story.title)}.json`;
}
