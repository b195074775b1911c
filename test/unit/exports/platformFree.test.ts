import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../../src/io/exports/', import.meta.url);

describe('src/io/exports', () => {
  it('uses no Node or DOM APIs, so the app and the CLI write the same bytes', async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = await readFile(new URL(file, DIR), 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => !i.startsWith('.') && i !== 'geojson'), file).toEqual([]);
      expect(text, file).not.toMatch(/\b(process|Buffer|document|window|navigator|toLocaleString|Intl)\b/);
    }
  });
});
