import { messageOf, type EnginePool, type PoolAnswer, type Refusal, type Scenario } from '../../engine/index.ts';
import { WHICH, type AppState, type Which } from '../state/appState.ts';
import type { Store } from '../state/store.ts';
import type { DatasetHandle, HexGrid, HexRun, ResultsController, RunState, ZoneRun } from './appContext.ts';
import { debounce } from './debounce.ts';

/**
 * How long edits must pause before a run starts: long enough that one gesture's several store changes
 * start one run, short enough not to be felt. A newer run cancels an older one in the engine anyway.
 */
export const RUN_DELAY_MS = 20;
/** Hexagons with 1 km sides: about 700 over London. */
export const HEX_CELL_KM = 1;

const idle = <R>(): RunState<R> => ({ status: 'idle', progress: null, result: null, resultFor: null, errors: [] });

/** Whether the map needs `which` on hexagons: it shows hexagons, and this scenario is on screen. */
function wantsHexagons(state: AppState, which: Which): boolean {
  return state.view.zones === 'hexagons' && (which === 'scenario' || state.view.compare);
}

/**
 * Runs the state's two scenarios in the engine whenever they (or the dataset) change, on the dataset's
 * zones always and on the hexagon grid while the map shows it. Each run keeps its last complete result
 * while a newer one goes; a refused scenario keeps it too, so the map never goes blank over a typo.
 * Answers about a dataset that has since been replaced are dropped.
 */
export function createResultsController(store: Store, engine: EnginePool, dataset: DatasetHandle, delayMs = RUN_DELAY_MS): ResultsController {
  const zones: Record<Which, ZoneRun> = { scenario: idle(), comparison: idle() };
  const hexes: Record<Which, HexRun> = { scenario: idle(), comparison: idle() };
  let grid: HexGrid | null = null;
  let gridAsked = false;
  const listeners = new Set<() => void>();
  let generation = 0;

  const tell = () => {
    for (const listener of [...listeners]) listener();
  };
  const patch = <R>(runs: Record<Which, RunState<R>>, which: Which, change: Partial<RunState<R>>) => {
    runs[which] = { ...runs[which], ...change };
    tell();
  };

  /** Asks the engine, and files the answer under `runs[which]` unless the dataset has changed since. */
  async function request<R, A extends { ok: true }>(
    runs: Record<Which, RunState<R>>, which: Which,
    ask: (scenario: Scenario, onProgress: (stage: string, fraction: number) => void) => Promise<PoolAnswer<A | Refusal>>,
    pick: (answer: A) => R,
  ): Promise<void> {
    const scenario = store.get()[which];
    const startedIn = generation;
    patch(runs, which, { status: 'running', progress: { stage: 'starting', fraction: 0 } });
    try {
      const answer = await ask(scenario, (stage, fraction) => {
        if (startedIn === generation && store.get()[which] === scenario) patch(runs, which, { progress: { stage, fraction } });
      });
      if (startedIn !== generation) return;
      if (answer.ok) patch(runs, which, { status: 'ready', progress: null, result: pick(answer), resultFor: scenario, errors: [] });
      else if (!answer.cancelled) patch(runs, which, { status: 'invalid', progress: null, errors: answer.errors });
      // Cancelled: a newer run of this scenario is under way and will report.
    } catch (e) {
      if (startedIn !== generation) return;
      patch(runs, which, { status: 'failed', progress: null, errors: [{ path: '(engine)', message: messageOf(e) }] });
    }
  }

  const runZones = (which: Which) =>
    request(zones, which, (s, onProgress) => engine.run(which, s, { onProgress }), (a) => a.result);

  async function ensureGrid(): Promise<void> {
    if (grid || gridAsked) return;
    gridAsked = true;
    const startedIn = generation;
    const answer = await engine.hexGrid('hexagons:grid', HEX_CELL_KM).catch(() => null);
    if (startedIn !== generation) return;
    if (answer?.ok) grid = answer;
    else gridAsked = false;
    tell();
  }

  const runHexagons = (which: Which) => {
    void ensureGrid();
    return request(hexes, which, (s, onProgress) => engine.runHex(`hexagons:${which}`, s, HEX_CELL_KM, { onProgress }), (a) => a.week);
  };

  /** Starts the hexagon runs the map now needs and does not have or have under way. */
  function refreshHexagons(state: AppState): void {
    for (const which of WHICH) {
      const run = hexes[which];
      if (!wantsHexagons(state, which) || run.resultFor === state[which] || run.status === 'running') continue;
      void runHexagons(which);
    }
  }

  const scheduled: Record<Which, ReturnType<typeof debounce<[]>>> = {
    scenario: debounce(() => void run('scenario'), delayMs),
    comparison: debounce(() => void run('comparison'), delayMs),
  };
  function run(which: Which): void {
    void runZones(which);
    if (wantsHexagons(store.get(), which)) void runHexagons(which);
  }

  store.subscribe((state, previous) => {
    for (const which of WHICH) {
      if (state[which] === previous[which]) continue;
      patch(zones, which, { status: 'running', progress: { stage: 'waiting', fraction: 0 } });
      if (wantsHexagons(state, which)) patch(hexes, which, { status: 'running', progress: { stage: 'waiting', fraction: 0 } });
      scheduled[which]();
    }
    if (state.view.zones !== previous.view.zones || state.view.compare !== previous.view.compare) refreshHexagons(state);
  });

  dataset.subscribe(() => {
    generation++;
    grid = null;
    gridAsked = false;
    for (const which of WHICH) {
      scheduled[which].cancel();
      // The old results' zones are not the new dataset's.
      hexes[which] = idle();
      zones[which] = { ...zones[which], result: null, resultFor: null, errors: [] };
      run(which);
    }
  });

  for (const which of WHICH) run(which);

  return {
    get: (which) => zones[which],
    hexagons: (which) => hexes[which],
    grid: () => grid,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async explain(which, zone, slot) {
      try {
        const answer = await engine.explain(`explain-${which}`, store.get()[which], zone, slot);
        return answer.ok ? answer.explanation : null;
      } catch {
        return null;
      }
    },
  };
}
