import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/inputError.ts';
import { parseArgs } from '../../../src/cli/parseArgs.ts';

const DEFAULTS = { help: false, scenario: null, dataset: null, out: null, format: 'csv', summary: false, response: false, replications: null, seed: null, frontCounter: null, opening: null, minWindowMinutes: null, solver: 'flow' };

function refusal(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parseArgs', () => {
  it('defaults every option', () => {
    expect(parseArgs([])).toEqual(DEFAULTS);
  });

  it('reads "--name value" and "--name=value" and the flags', () => {
    expect(parseArgs(['--scenario', 's.json', '--dataset=my data', '--out', 'o.csv', '--summary', '-h'])).toEqual({
      help: true, scenario: 's.json', dataset: 'my data', out: 'o.csv', format: 'csv', summary: true, response: false, replications: null, seed: null,
      frontCounter: null, opening: null, minWindowMinutes: null, solver: 'flow',
    });
  });

  it('takes the format from --format, else from the --out extension, else csv', () => {
    expect(parseArgs(['--out', 'x.GeoJSON']).format).toBe('geojson');
    expect(parseArgs(['--out', 'x.json']).format).toBe('json');
    expect(parseArgs(['--out', 'x.txt']).format).toBe('csv');
    expect(parseArgs(['--out', 'x.json', '--format', 'csv']).format).toBe('csv');
    expect(parseArgs(['--summary', '--out', 'zones.json']).format).toBe('csv');
  });

  it('reads a front counter with its opening hours and shortest window in minutes', () => {
    expect(parseArgs(['--front-counter', 'E09000032', '--opening=Mon-Fri 09:00-17:00', '--min-window', '3:30'])).toMatchObject({
      frontCounter: 'E09000032', opening: 'Mon-Fri 09:00-17:00', minWindowMinutes: 210,
    });
  });

  it('reads the smoothed method\'s solver: flow by default, or highs', () => {
    expect(parseArgs(['--solver', 'highs']).solver).toBe('highs');
    expect(parseArgs(['--solver=flow']).solver).toBe('flow');
  });

  it.each([
    [['--solver', 'simplex'], '--solver must be flow or highs, not "simplex"; run with --help for usage'],
    [['--fromat', 'csv'], 'unknown option "--fromat" (did you mean "--format"?); run with --help for usage'],
    [['--verbose'], 'unknown option "--verbose"; run with --help for usage'],
    [['scenarios/a.json'], 'unexpected argument "scenarios/a.json" (give the scenario as --scenario scenarios/a.json); run with --help for usage'],
    [['--out'], '--out needs a file name; run with --help for usage'],
    [['--scenario', '--summary'], '--scenario needs a file name; run with --help for usage'],
    [['--dataset='], '--dataset needs a folder; run with --help for usage'],
    [['--format', 'xml'], '--format must be csv, geojson or json, not "xml"; run with --help for usage'],
    [['--out', 'a', '--out', 'b'], '--out is given twice; run with --help for usage'],
    [['--summary=yes'], '--summary takes no value; run with --help for usage'],
    [['--summary', '--format', 'geojson'], '--summary writes CSV; it cannot be combined with --format geojson'],
    [['--front-counter', 'E09000032'], '--front-counter needs --opening, e.g. --opening "Mon-Fri 09:00-17:00"; run with --help for usage'],
    [['--opening', 'Mon 09:00-17:00'], '--opening applies to a front counter: add --front-counter ZONE'],
    [['--front-counter', 'E09000032', '--opening', 'Mon 09:00-17:00', '--summary'], '--front-counter writes the front-counter figures; it cannot be combined with --summary'],
    [['--front-counter', 'E09000032', '--opening', 'Mon 09:00-17:00', '--min-window', '4:10'], '--min-window needs a length such as 4:00 (hours:minutes) on a 15-minute boundary, not "4:10"; run with --help for usage'],
  ])('refuses %j', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });
});
