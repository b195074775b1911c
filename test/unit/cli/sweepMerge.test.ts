import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/inputError.ts';
import { csvRecords, mergeSweepFiles } from '../../../src/cli/sweepMerge.ts';

const H = 'run,name,problem';

function refusal(files: { name: string; text: string }[]): string {
  try {
    mergeSweepFiles(files);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  return 'merged';
}

describe('mergeSweepFiles', () => {
  it('splits records at line ends outside quotes only, keeping their exact text', () => {
    expect(csvRecords('run,a\r\n0,"x\ny"\n\n1,"q""\n"\n')).toEqual(['run,a', '0,"x\ny"', '1,"q""\n"']);
  });

  it('joins shards in run order, byte for byte, whatever order the files come in', () => {
    const a = `${H}\n0,"a, b",\n2,c,"floors: infeasible"\n`;
    const b = `${H}\n1,"multi\nline",\n3,'=SUM(1),\n`;
    expect(mergeSweepFiles([{ name: 'b', text: b }, { name: 'a', text: a }])).toBe(
      `${H}\n0,"a, b",\n1,"multi\nline",\n2,c,"floors: infeasible"\n3,'=SUM(1),\n`,
    );
  });

  it('refuses a run given twice, a gap, a different header and a file that is not a sweep', () => {
    expect(refusal([{ name: 'a', text: `${H}\n0,x,\n` }, { name: 'b', text: `${H}\n0,x,\n` }])).toBe('b: run 0 is also in a; give each shard once');
    expect(refusal([{ name: 'a', text: `${H}\n0,x,\n3,x,\n` }])).toBe('runs 1, 2 missing: is a shard file left out?');
    expect(refusal([{ name: 'a', text: `${H}\n1,x,\n` }])).toBe('run 0 missing: is a shard file left out?');
    expect(refusal([{ name: 'a', text: `${H}\n` }, { name: 'b', text: 'run,other\n' }])).toBe(
      `b: its header differs from a's, so they are not shards of one sweep:\n  run,other\n  ${H}`,
    );
    expect(refusal([{ name: 'a', text: 'zone,x\n' }])).toBe('a: line 1 does not start with "run,": not a sweep\'s CSV');
    expect(refusal([{ name: 'a', text: `${H}\nx,1,\n` }])).toBe('a: a row starts with "x", not a run number');
  });
});
