/**
 * Imports run one way: ui -> engine -> io / model, and model imports nothing of the others. The page
 * reaches the engine only through src/engine/index.ts (plus browserEngineWorker.ts, the Vite worker
 * factory); docs/architecture.md says so, and this test keeps it true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const LAYERS = ['model', 'io', 'engine', 'ui', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : /\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Every relative import in src, as [importing file, imported file], both relative to src/. */
function imports(): [string, string][] {
  return files(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g), ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1]);
    return specs.map((spec): [string, string] => [relative(SRC, file), relative(SRC, resolve(dirname(file), spec))]);
  });
}

const layerOf = (path: string): Layer | null => (LAYERS as readonly string[]).includes(path.split('/')[0]) ? (path.split('/')[0] as Layer) : null;

/** What each layer may import from the others. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  model: [],
  io: ['model'],
  engine: ['io', 'model'],
  ui: ['engine'],
  cli: ['engine', 'io', 'model'],
};

describe('the layers', () => {
  const all = imports();

  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all).toContainEqual(['ui/main.ts', 'engine/browserEngineWorker.ts']);
  });

  it('import one way: ui -> engine -> io / model, never model -> anything else', () => {
    const wrong = all.filter(([from, to]) => {
      const a = layerOf(from);
      const b = layerOf(to);
      return a !== null && b !== null && a !== b && !ALLOWED[a].includes(b);
    });
    expect(wrong).toEqual([]);
  });

  it('the page reaches the engine only through its public surface', () => {
    const wrong = all.filter(([from, to]) => layerOf(from) === 'ui' && layerOf(to) === 'engine' && !['engine/index.ts', 'engine/browserEngineWorker.ts'].includes(to));
    expect(wrong).toEqual([]);
  });
});
