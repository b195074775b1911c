import { messageOf, type EnginePool, type FinerZoneSet, type PoolAnswer, type Refusal, type Scenario } from '../../engine/index.ts';
import { WHICH, type AppState, type Which } from '../state/appState.ts';
import type { Store } from '../state/store.ts';
import type { DatasetHandle, FinerRun, ResponseRun, ResultsController, RunState, ZoneRun, ZoneSetShape } from './appContext.ts';
import { debounce } from './debounce.ts';

/**
 * How long edits must pause before a run starts: long enough that one gesture's several store changes
 * start one run, short enough not to be felt. A newer run cancels an older one in the engine anyway.
 */
export const RUN_DELAY_MS = 20;
const idle = <R>(): RunState<R> => ({ status: 'idle', progress: null, result: null, resultFor: null, errors: [] });
const idleFiner = (): FinerRun => ({ ...idle(), kind: null });

/** The finer zone set the map shows, or null on the dataset's own zones. */
function finerKind(state: AppState): FinerZoneSet | null {
  return state.view.zones === 'boroughs' ? null : state.view.zones;
}

/** Whether the map needs `which` on a finer zone set: it shows one, and this scenario is on screen. */
function wantsFiner(state: AppState, which: Which): boolean {
  return finerKind(state) !== null && (which === 'scenario' || state.view.compare);
}

/**
 * Runs the state's two scenarios in the engine whenever they (or the dataset) change, on the dataset's
 * zones always and on the finer zone set (MSOAs, hexagons) while the map shows it. Each run keeps its last complete result
 * while a newer one goes; a refused scenario keeps it too, so the map never goes blank over a typo.
 * Answers about a dataset that has since been replaced are dropped.
 */
export function createResultsController(store: Store, engine: EnginePool, dataset: DatasetHandle, delayMs = RUN_DELAY_MS): ResultsController {
  const zones: Record<Which, ZoneRun> = { scenario: idle(), comparison: idle() };
  const finer: Record<Which, FinerRun> = { scenario: idleFiner(), comparison: idleFiner() };
  const responses: Record<Which, ResponseRun> = { scenario: idle(), comparison: idle() };
  const sets = new Map<FinerZoneSet, ZoneSetShape | 'asked' | { problem: string }>();
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
  // The response simulation of the scenarios on screen: the headline's interval, the map's share within
  // target and the waiting/driving split. Its replications spread over the pool's workers.
  const runResponse = (which: Which) =>
    request(responses, which, (s, onProgress) => engine.response(`response:${which}`, s, { onProgress }), (a) => a.response);
  const wantsResponse = (state: AppState, which: Which) => which === 'scenario' || state.view.compare;

  async function ensureSet(kind: FinerZoneSet): Promise<void> {
    if (sets.has(kind)) return;
    sets.set(kind, 'asked');
    const startedIn = generation;
    const answer = await engine.zoneSet(`zones:${kind}`, kind).catch((e: unknown) => ({ ok: false as const, cancelled: false as const, errors: [{ path: '(engine)', message: messageOf(e) }] }));
    if (startedIn !== generation) return;
    if (answer.ok) sets.set(kind, answer);
    else if (answer.cancelled) sets.delete(kind);
    else sets.set(kind, { problem: answer.errors[0]?.message ?? 'the engine gave no reason' });
    tell();
  }

  const runFiner = (which: Which, kind: FinerZoneSet) => {
    void ensureSet(kind);
    if (finer[which].kind !== kind) finer[which] = { ...idleFiner(), kind };
    return request(finer, which, (s, onProgress) => engine.runZoneSet(`finer:${which}`, s, kind, { onProgress }), (a) => a.week);
  };

  /** Starts the finer runs the map now needs and does not have or have under way. */
  function refreshFiner(state: AppState): void {
    const kind = finerKind(state);
    for (const which of WHICH) {
      const run = finer[which];
      if (kind === null || !wantsFiner(state, which)) continue;
      if (run.kind === kind && (run.resultFor === state[which] || run.status === 'running')) continue;
      void runFiner(which, kind);
    }
  }

  const scheduled: Record<Which, ReturnType<typeof debounce<[]>>> = {
    scenario: debounce(() => void run('scenario'), delayMs),
    comparison: debounce(() => void run('comparison'), delayMs),
  };
  function run(which: Which): void {
    void runZones(which);
    if (wantsResponse(store.get(), which)) void runResponse(which);
    const kind = finerKind(store.get());
    if (kind !== null && wantsFiner(store.get(), which)) void runFiner(which, kind);
  }

  store.subscribe((state, previous) => {
    for (const which of WHICH) {
      if (state[which] === previous[which]) continue;
      patch(zones, which, { status: 'running', progress: { stage: 'waiting', fraction: 0 } });
      if (wantsResponse(state, which)) patch(responses, which, { status: 'running', progress: { stage: 'waiting', fraction: 0 } });
      if (wantsFiner(state, which)) patch(finer, which, { status: 'running', progress: { stage: 'waiting', fraction: 0 } });
      scheduled[which]();
    }
    if (state.view.zones !== previous.view.zones || state.view.compare !== previous.view.compare) refreshFiner(state);
    if (state.view.compare && !previous.view.compare && responses.comparison.resultFor !== state.comparison) void runResponse('comparison');
  });

  dataset.subscribe(() => {
    generation++;
    sets.clear();
    for (const which of WHICH) {
      scheduled[which].cancel();
      // The old results' zones are not the new dataset's.
      finer[which] = idleFiner();
      zones[which] = { ...zones[which], result: null, resultFor: null, errors: [] };
      responses[which] = idle();
      run(which);
    }
  });

  for (const which of WHICH) run(which);

  return {
    get: (which) => zones[which],
    response: (which) => responses[which],
    finer: (which) => finer[which],
    zoneSet(kind) {
      const set = sets.get(kind);
      return set && set !== 'asked' && 'ok' in set ? set : null;
    },
    zoneSetProblem(kind) {
      const set = sets.get(kind);
      return set && set !== 'asked' && 'problem' in set ? set.problem : null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async explain(which, zone, slot) {
      const state = store.get();
      const kind = finerKind(state);
      try {
        if (kind === null) {
          const answer = await engine.explain(`explain-${which}`, state[which], zone, slot);
          return answer.ok ? { explanation: answer.explanation, estimated: null } : null;
        }
        const index = this.zoneSet(kind)?.ids.indexOf(zone) ?? -1;
        if (index < 0) return null;
        const answer = await engine.explainZoneSet(`explain-${which}`, state[which], kind, index, slot);
        return answer.ok ? { explanation: answer.explanation, estimated: answer.estimated ?? null } : null;
      } catch {
        return null;
      }
    },
  };
}
