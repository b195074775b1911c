/** The results controller's hexagon runs: asked for only while the map shows hexagons, redone on edits. */
import { afterAll, describe, expect, test } from 'vitest';
import { createEnginePool } from '../../../../src/engine/enginePool.ts';
import type { ResultsController } from '../../../../src/ui/app/appContext.ts';
import { createDatasetHandle } from '../../../../src/ui/app/createDatasetHandle.ts';
import { createResultsController } from '../../../../src/ui/app/createResultsController.ts';
import { defaultState } from '../../../../src/ui/state/appState.ts';
import { createStore } from '../../../../src/ui/state/store.ts';
import { editScenario, setView } from '../../../../src/ui/state/viewActions.ts';
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

const officersAt = (week: { n: number; officersWhole: Int32Array }, slot: number) =>
  week.officersWhole.subarray(slot * week.n, (slot + 1) * week.n).reduce((a, b) => a + b, 0);

describe('createResultsController: hexagons', { timeout: 60_000 }, () => {
  const pool = createEnginePool(inProcessEngineWorker(), { size: 1 });
  afterAll(() => pool.dispose());

  test('on boroughs nothing is asked of hexagons; choosing hexagons runs the grid and the shown scenarios, and an edit runs them again', async () => {
    const dataset = await createDatasetHandle(pool);
    const store = createStore(defaultState());
    const results = createResultsController(store, pool, dataset, 5);
    await until(results, () => results.get('scenario').status === 'ready' && results.get('comparison').status === 'ready');
    expect(results.finer('scenario').status).toBe('idle');
    expect(results.zoneSet('hexagons')).toBeNull();

    setView(store, { zones: 'hexagons' });
    await until(results, () => results.finer('scenario').status === 'ready' && results.zoneSet('hexagons') !== null);
    const first = results.finer('scenario');
    expect(first.resultFor).toBe(store.get().scenario);
    expect(first.result!.n).toBe(results.zoneSet('hexagons')!.ids.length);
    expect(officersAt(first.result!, NOON)).toBe(6854);
    expect(results.finer('comparison').status, 'the comparison is not on screen').toBe('idle');

    setView(store, { compare: true });
    await until(results, () => results.finer('comparison').status === 'ready');
    expect(results.finer('comparison').resultFor).toBe(store.get().comparison);

    editScenario(store, 'scenario', (s) => ({ ...s, supply: { ...s.supply, headcount: 25940 } }));
    expect(results.finer('scenario').status).toBe('running');
    expect(results.finer('scenario').result, 'the last week stays while the new one runs').toBe(first.result);
    await until(results, () => results.finer('scenario').status === 'ready');
    expect(officersAt(results.finer('scenario').result!, NOON)).toBe(results.get('scenario').result!.onDuty[NOON]);
    expect(officersAt(results.finer('scenario').result!, NOON)).toBeLessThan(6854);
  });

  test('a new dataset drops the hexagons and, while they are shown, builds them again', async () => {
    const dataset = await createDatasetHandle(pool);
    const store = createStore({ ...defaultState(), view: { ...defaultState().view, zones: 'hexagons' } });
    const results = createResultsController(store, pool, dataset, 5);
    await until(results, () => results.finer('scenario').status === 'ready' && results.zoneSet('hexagons') !== null);
    const grid = results.zoneSet('hexagons');
    const reloaded = await dataset.load('default');
    expect(reloaded.ok).toBe(true);
    expect(results.finer('scenario').result).toBeNull();
    await until(results, () => results.finer('scenario').status === 'ready' && results.zoneSet('hexagons') !== null);
    expect(results.zoneSet('hexagons')).not.toBe(grid);
    expect(results.zoneSet('hexagons')!.ids).toHaveLength(696);
  });
});
