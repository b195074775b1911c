import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFromText, utf8Length } from '../../../src/io/sourceFile.ts';

describe('sourceFromText', () => {
  it('gives the name, the UTF-8 size and the text', async () => {
    const f = sourceFromText('flows.csv', 'a,b\né,😀\n');
    expect(f.name).toBe('flows.csv');
    expect(f.size).toBe(4 + 2 + 1 + 4 + 1);
    expect(await f.text()).toBe('a,b\né,😀\n');
  });

  it('counts UTF-8 bytes exactly as TextEncoder does, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => utf8Length(s) === new TextEncoder().encode(s).length));
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }), (s) =>
      utf8Length(s) === new TextEncoder().encode(s).length));
  });
});
