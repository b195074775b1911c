import { afterAll, describe, expect, test } from 'vitest';
import { createEnginePool } from '../../../../src/engine/enginePool.ts';
import type { ResultsController } from '../../../../src/ui/app/appContext.ts';
import { createDatasetHandle } from '../../../../src/ui/app/createDatasetHandle.ts';
import { createResultsController } from '../../../../src/ui/app/createResultsController.ts';
import { defaultState } from '../../../../src/ui/state/appState.ts';
import { createStore } from '../../../../src/ui/state/store.ts';
import { inProcessEngineWorker } from '../../engine/inProcessEngineWorker.ts';

const NOON = 48;

function until(results: ResultsController, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const stop = results.subscribe(() => {
      if (!done()) return;
      stop();
      resolve();
    });
  });
}

describe('createResultsController with the real engine (in process)', { timeout: 60_000 }, () => {
  const pool = createEnginePool(inProcessEngineWorker(), { size: 1 });
  afterAll(() => pool.dispose());

  test('runs both scenarios at start, re-runs an edited one, keeps the last good result through a refusal, and explains', async () => {
    const dataset = await createDatasetHandle(pool);
    expect(dataset.current().zones.ids).toHaveLength(33);
    expect(dataset.isDefault()).toBe(true);
    const store = createStore(defaultState());
    const results = createResultsController(store, pool, dataset, 10);
    await until(results, () => results.get('scenario').status === 'ready' && results.get('comparison').status === 'ready');
    const first = results.get('scenario').result!;
    expect(first.onDuty[NOON]).toBe(6854);
    expect(results.get('comparison').result!.officersWhole.length).toBe(672 * 33);

    store.set((s) => ({ ...s, scenario: { ...s.scenario, supply: { ...s.scenario.supply, headcount: 25940 } } }));
    expect(results.get('scenario').status).toBe('running');
    expect(results.get('scenario').result, 'the last result stays while the new run goes').toBe(first);
    await until(results, () => results.get('scenario').status === 'ready');
    const smaller = results.get('scenario').result!;
    expect(smaller.onDuty[NOON]).toBeLessThan(6854);
    expect(smaller.onDuty[NOON]).toBeGreaterThan(5000);

    store.set((s) => ({ ...s, scenario: { ...s.scenario, floors: { officers: 5000 } } }));
    await until(results, () => results.get('scenario').status === 'invalid');
    const refused = results.get('scenario');
    expect(refused.errors[0].path).toBe('floors');
    expect(refused.errors[0].message).toMatch(/^infeasible: .*short by/);
    expect(refused.result).toBe(smaller);

    store.undo();
    await until(results, () => results.get('scenario').status === 'ready');
    const westminster = await results.explain('scenario', 'E09000033', NOON);
    expect(westminster?.explanation.zoneName).toBe('Westminster');
    expect(westminster?.explanation.allocation.officers).toBeGreaterThan(0);
    expect(westminster?.estimated, 'borough figures are not estimated below borough level').toBeNull();
  });

  test('a bad dataset changes nothing; a good one replaces the summary and re-runs', async () => {
    const dataset = await createDatasetHandle(pool);
    const before = dataset.current();
    const heard: number[] = [];
    dataset.subscribe((s) => heard.push(s.zones.ids.length));
    const progress: number[] = [];
    const bad = await dataset.load([{ name: 'zones.csv', text: 'id,name\n' }], (f) => progress.push(f));
    expect(bad.ok).toBe(false);
    expect(progress).toEqual([0, 1]);
    expect(dataset.current()).toBe(before);
    expect(heard).toEqual([]);

    const store = createStore(defaultState());
    const results = createResultsController(store, pool, dataset, 10);
    await until(results, () => results.get('scenario').status === 'ready');
    const reloaded = await dataset.load('default');
    expect(reloaded.ok).toBe(true);
    expect(heard).toEqual([33]);
    expect(results.get('scenario').result, 'results of the old dataset are dropped').toBeNull();
    await until(results, () => results.get('scenario').status === 'ready');
    expect(results.get('scenario').result!.onDuty[NOON]).toBe(6854);
  });
});
