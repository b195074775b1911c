import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../../src/cli/progressReporter.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('progressReporter', () => {
  it('writes nothing when the stream is not a terminal', () => {
    const s = stream(false);
    const p = progressReporter(s);
    p.report('allocation', 0.3);
    p.done();
    expect(s.written).toEqual([]);
  });

  it('overwrites one line on a terminal and clears it when done', () => {
    const s = stream(true);
    const p = progressReporter(s);
    p.report('allocation', 0.3);
    p.report('measures', 0.9);
    p.done();
    p.done();
    expect(s.written).toEqual(['\r\x1b[2Kallocation 30%', '\r\x1b[2Kmeasures 90%', '\r\x1b[2K']);
  });
});
