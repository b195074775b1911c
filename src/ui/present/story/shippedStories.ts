// The stories shipped in stories/, bundled by Vite as text so a problem in one names its line and column.
const files = import.meta.glob<string>('../../../../stories/*.json', { eager: true, query: '?raw', import: 'default' });

const byName = new Map<string, string>();
for (const [path, text] of Object.entries(files)) {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
  if (name !== 'story.schema') byName.set(name, text);
}

/** Names of the shipped stories ("safer-together"), as `?story=` takes them. */
export function shippedStoryNames(): string[] {
  return [...byName.keys()].sort();
}

/** A shipped story's file text, or null when there is none of that name. */
export function shippedStoryText(name: string): string | null {
  return byName.get(name) ?? null;
}
