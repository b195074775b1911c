import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFolder, displayPath, PROJECT_ROOT } from '../../../src/cli/datasetFolder.ts';
import type { Scenario } from '../../../src/model/scenario.ts';

const scenario = (dataset?: string): Scenario => ({
  name: 's', method: 'fixed', supply: { headcount: 1 }, shifts: [{ name: 'a', start: '00:00', hours: 24, share: 1 }], dataset,
});

describe('datasetFolder', () => {
  it('uses --dataset as given, relative to the working directory', () => {
    expect(datasetFolder('some/dir', scenario('default'), 's.json')).toEqual({ dir: resolve('some/dir'), shown: 'some/dir', origin: null });
  });

  it('reads "default" as data/ in the project, and other names relative to the project', () => {
    expect(datasetFolder(null, scenario('default'), 's.json')).toMatchObject({ dir: join(PROJECT_ROOT, 'data'), origin: '"dataset": "default" in s.json' });
    expect(datasetFolder(null, scenario('cities/leeds'), 's.json').dir).toBe(join(PROJECT_ROOT, 'cities', 'leeds'));
  });

  it('falls back to data/ when the scenario names no dataset', () => {
    expect(datasetFolder(null, scenario(), 's.json')).toMatchObject({ dir: join(PROJECT_ROOT, 'data'), origin: null });
  });
});

describe('displayPath', () => {
  it('shows paths inside the working directory relative to it, others in full', () => {
    expect(displayPath('/work/x/data/flows.csv', '/work/x')).toBe(join('data', 'flows.csv'));
    expect(displayPath('/work/x', '/work/x')).toBe('.');
    expect(displayPath('/elsewhere/data', '/work/x')).toBe('/elsewhere/data');
  });
});
