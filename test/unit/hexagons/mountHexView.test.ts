/** The hexagon view kept in step with the app state, with the real engine (in-process pool) and a recording map. */
import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '../../../src/engine/datasetSummary.ts';
import { createEnginePool } from '../../../src/engine/enginePool.ts';
import type { HexSlotResult } from '../../../src/engine/engineProtocol.ts';
import { slotOf } from '../../../src/model/time.ts';
import type { DatasetHandle } from '../../../src/ui/app/appContext.ts';
import { mountHexView } from '../../../src/ui/hexagons/mountHexView.ts';
import { defaultState, type AppState } from '../../../src/ui/state/appState.ts';
import { createStore } from '../../../src/ui/state/store.ts';
import { inProcessEngineWorker } from '../engine/inProcessEngineWorker.ts';
import { recorder } from './mapRecorder.ts';

/** A dataset handle whose only job here is to announce a new dataset. */
function datasetHandle(): Pick<DatasetHandle, 'subscribe'> & { announce(): void } {
  const listeners = new Set<(s: DatasetSummary) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce() {
      for (const l of listeners) l({} as DatasetSummary);
    },
  };
}

const view = (patch: Partial<AppState['view']>) => (s: AppState): AppState => ({ ...s, view: { ...s.view, ...patch } });

describe('mountHexView', { timeout: 60_000 }, () => {
  it('fetches the grid when hexagons are chosen, paints each slot through feature state, hides on boroughs', async () => {
    const engine = createEnginePool(inProcessEngineWorker(), { size: 1 });
    const store = createStore(defaultState());
    const dataset = datasetHandle();
    const r = recorder(['stations']);
    const drawn: HexSlotResult[] = [];
    let waiting: { until: (s: HexSlotResult) => boolean; resolve: () => void } | null = null;
    const drawnWhere = (until: (s: HexSlotResult) => boolean) => new Promise<void>((resolve) => (waiting = { until, resolve }));
    const hexView = mountHexView({ store, engine, dataset }, r.map, {
      beforeId: 'stations',
      scale: (_measure, extent) => (v) => (!Number.isFinite(v) ? 'none' : v > extent / 2 ? 'high' : 'low'),
      onChange({ slot }) {
        if (!slot) return;
        drawn.push(slot);
        if (waiting?.until(slot)) waiting.resolve();
      },
    });
    try {
      await engine.loadDataset('default');
      expect(r.sources.size).toBe(0); // boroughs: nothing asked of the engine or the map

      const noon = drawnWhere((s) => s.slot === slotOf('Mon', '12:00'));
      store.set(view({ zones: 'hexagons' }), { undoable: false });
      await noon;
      expect(r.layers.map((l) => [l.id, l.visibility])).toEqual([['hexagons-fill', 'visible'], ['hexagons-outline', 'visible'], ['stations', undefined]]);
      const fills = r.states.filter((s) => 'fill' in s.state);
      expect(fills).toHaveLength(696);
      expect(hexView.slot()?.officersWhole.reduce((a, b) => a + b, 0)).toBe(6854);
      const high = fills.filter((s) => s.state.fill === 'high').map((s) => s.id);
      expect(high.length).toBeGreaterThan(0);
      expect(fills.filter((s) => s.state.fill === 'none').length).toBe(hexView.slot()!.allocated.filter((a) => a === 0).length);

      r.states.length = 0;
      const night = drawnWhere((s) => s.slot === slotOf('Mon', '03:00'));
      store.set(view({ slot: slotOf('Mon', '03:00') }), { undoable: false });
      await night;
      expect(r.added()).toBe(1);
      // Only hexagons whose colour changed were touched; the busiest noon hexagons are no longer 'high'.
      expect(r.states.length).toBeGreaterThan(0);
      expect(r.states.length).toBeLessThan(696);
      expect(r.states.some((s) => high.includes(s.id) && s.state.fill === 'low')).toBe(true);

      r.states.length = 0;
      const engineAnswers = drawn.length;
      store.set(view({ measure: 'netChange' }), { undoable: false });
      expect(r.states.length).toBeGreaterThan(0); // repainted from what it has, at once
      expect(drawn.length).toBe(engineAnswers);

      store.set(view({ zones: 'boroughs' }), { undoable: false });
      expect(r.layers.filter((l) => l.id.startsWith('hexagons')).map((l) => l.visibility)).toEqual(['none', 'none']);
    } finally {
      hexView.dispose();
      engine.dispose();
    }
    expect(r.sources.size).toBe(0);
  });

  it('starts over on a new dataset: the old layer goes, a new grid is fetched while hexagons are shown', async () => {
    const engine = createEnginePool(inProcessEngineWorker(), { size: 1 });
    const store = createStore({ ...defaultState(), view: { ...defaultState().view, zones: 'hexagons' } });
    const dataset = datasetHandle();
    const r = recorder();
    let count = 0;
    let next: (() => void) | null = null;
    const hexView = mountHexView({ store, engine, dataset }, r.map, {
      scale: () => () => 'x',
      onChange({ slot }) {
        if (slot) {
          count++;
          next?.();
        }
      },
    });
    try {
      await engine.loadDataset('default');
      await new Promise<void>((resolve) => (next = resolve));
      const firstGrid = hexView.grid();
      await new Promise<void>((resolve) => {
        next = resolve;
        dataset.announce();
      });
      expect(count).toBe(2);
      expect(r.added()).toBe(2);
      expect(hexView.grid()).not.toBe(firstGrid);
      expect(hexView.grid()?.ids).toHaveLength(696);
    } finally {
      hexView.dispose();
      engine.dispose();
    }
  });
});
