// The page's base styles first, so each view's own stylesheet (imported by its module) comes after them.
import './styles/base.css';
import './styles/layout.css';
import { browserEngineWorker } from '../engine/browserEngineWorker.ts';
import { createEnginePool } from '../engine/index.ts';
import type { AppContext } from './app/appContext.ts';
import { bindPersistence } from './app/bindPersistence.ts';
import { bindUndoRedo } from './app/bindUndoRedo.ts';
import { createDatasetHandle, DatasetUnavailable } from './app/createDatasetHandle.ts';
import { createFrameScheduler } from './app/frameScheduler.ts';
import { createResultsController } from './app/createResultsController.ts';
import { createStatusPanel } from './app/statusPanel.ts';
import { mountBatches } from './batch/mountBatches.ts';
import { mountAbTable } from './compare/abTable.ts';
import { mountCompareToggle } from './compare/compareToggle.ts';
import { mountDifferenceControl } from './compare/differenceControl.ts';
import { syncCameras } from './compare/syncCameras.ts';
import { mountDataTools } from './dataTools/mountDataTools.ts';
import { mountInsight } from './insight/mountInsight.ts';
import { createBasemapSetting } from './map/basemapSetting.ts';
import { mountMapArea } from './map/mountMapArea.ts';
import { mountMapControls } from './map/mapControls.ts';
import { mountZonesSwitch } from './map/zonesSwitch.ts';
import { mountPresentation } from './present/mountPresentation.ts';
import { mountRecorder } from './present/record/mountRecorder.ts';
import { startStory } from './present/startStory.ts';
import { bundledLibrary } from './present/story/bundledLibrary.ts';
import { mountStoryCaption } from './present/storyCaption.ts';
import { createStoryNavigator } from './present/storyNavigator.ts';
import { mountStoryPanel } from './present/storyPanel.ts';
import { bindStoryPersistence, restoreStory } from './present/storyStorage.ts';
import { mountScenarioPanel } from './scenario/mountScenarioPanel.ts';
import { restoreState } from './state/persistState.ts';
import { createStore, type Store } from './state/store.ts';
import { setSession } from './state/viewActions.ts';
import { mountTimeBar } from './time/mountTimeBar.ts';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`index.html has no #${id}`);
  return node;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked (privacy settings, file: pages): the app works without saving
  }
}

/** Resolves once the state's scenario has a result (or a refusal) from the engine. */
function firstRun(ctx: AppContext): Promise<void> {
  return new Promise((resolve) => {
    const settled = () => ctx.results.get('scenario').status !== 'running';
    if (settled()) return resolve();
    const stop = ctx.results.subscribe(() => {
      if (!settled()) return;
      stop();
      resolve();
    });
  });
}

async function start(store: Store): Promise<void> {
  const status = createStatusPanel(byId('status', HTMLDivElement));
  status.loading('Loading the London dataset…');
  // The page's readiness is session state; the body attribute only mirrors it for tests and styles.
  const mirror = () => (document.body.dataset.mapState = store.get().session.mapReady);
  store.subscribe(mirror);
  mirror();

  const engine = createEnginePool(browserEngineWorker);
  const dataset = await createDatasetHandle(engine);
  // `?story=safer-together` opens a shipped story at its first view, before anything runs.
  const storyName = new URLSearchParams(window.location.search).get('story');
  const opened = storyName === null ? null : startStory(store, storyName, dataset.current(), bundledLibrary);
  const frames = createFrameScheduler();
  const results = createResultsController(store, engine, dataset);
  const ctx: AppContext = { store, engine, dataset, results, frames };

  const flush = bindPersistence(store, { storage: browserStorage(), replaceUrl: (hash) => history.replaceState(history.state, '', hash) });
  window.addEventListener('pagehide', flush);
  bindUndoRedo(store, byId('undo-button', HTMLButtonElement), byId('redo-button', HTMLButtonElement), document);

  const datasetName = byId('dataset-name', HTMLSpanElement);
  datasetName.textContent = dataset.current().name;
  dataset.subscribe((summary) => (datasetName.textContent = summary.name));

  // The workshop bar is filled before the maps are made, so they are fitted to the space they keep.
  const workshop = byId('workshop-bar', HTMLDivElement);
  const navigator = createStoryNavigator(ctx, () => area.views(), bundledLibrary);
  mountStoryCaption(ctx, byId('story-caption', HTMLDivElement), navigator);
  mountPresentation(ctx, { bar: workshop, header: byId('app-header', HTMLElement) }, navigator);
  mountStoryPanel(ctx, workshop, navigator, bundledLibrary);
  bindStoryPersistence(store, browserStorage());
  mountRecorder(ctx, workshop, () => area);

  let basemapFailed = false;
  const basemapUrl = createBasemapSetting(byId('basemap-form', HTMLFormElement), byId('basemap-url', HTMLInputElement), (url) => {
    basemapFailed = false;
    status.clear();
    area.setBasemap(url);
  });
  const area = mountMapArea(
    ctx,
    {
      panes: byId('map-panes', HTMLDivElement),
      legend: byId('legend', HTMLElement),
      figures: byId('zone-figures', HTMLElement),
      runStatus: byId('run-status', HTMLDivElement),
      prompt: byId('place-prompt', HTMLParagraphElement),
      differenceLegend: byId('difference-legend', HTMLElement),
    },
    {
      basemapUrl,
      onBasemapError(message) {
        basemapFailed = true;
        status.error('The basemap could not be loaded', [message, 'Clear "Basemap style URL" and press Apply to use the offline map.']);
      },
    },
  );
  let unsync: (() => void) | null = null;
  area.onViewsChange((views) => {
    unsync?.();
    unsync = views.length > 1 ? syncCameras(views.map((v) => v.map)) : null;
  });

  const toolbar = byId('map-toolbar', HTMLDivElement);
  mountMapControls(ctx, toolbar, byId('zone-picker', HTMLDivElement));
  mountDifferenceControl(ctx, toolbar);
  mountZonesSwitch(ctx, toolbar);
  mountCompareToggle(ctx, byId('view-tools', HTMLDivElement));
  mountTimeBar(ctx, byId('time-bar', HTMLDivElement));
  mountScenarioPanel(ctx, byId('scenario-panel', HTMLElement));
  mountDataTools(ctx, byId('data-tools', HTMLDivElement));
  mountInsight(ctx, byId('insight-panel', HTMLElement));
  mountBatches(ctx, byId('view-tools', HTMLDivElement), byId('batch-panel', HTMLElement));
  mountAbTable(ctx, byId('compare-panel', HTMLElement));

  const engineFailed = () => (['scenario', 'comparison'] as const).map((w) => results.get(w)).find((r) => r.status === 'failed');
  results.subscribe(() => {
    const failed = engineFailed();
    if (failed) status.error('The simulation engine stopped', failed.errors.map((e) => e.message));
    else if (!basemapFailed && opened?.ok !== false && store.get().session.mapReady === 'idle') status.clear();
  });

  if (import.meta.env.MODE === 'test') (await import('./testHooks.ts')).installTestHooks(ctx, area);

  // "idle" once the first result is drawn and the map has rendered it.
  status.loading(`Calculating ${store.get().scenario.name}…`);
  const primary = area.views()[0];
  await primary.installed;
  await firstRun(ctx);
  primary.map.once('idle', () => {
    setSession(store, { mapReady: 'idle' });
    if (opened && !opened.ok) status.error(opened.title, opened.problems);
    else if (!basemapFailed && !engineFailed()) status.clear();
  });
  // The legend and panels have laid out by now: fit the zones (or the story view's camera) to the maps as they are.
  navigator.recenter({ animate: false });
  primary.map.triggerRepaint();
}

const restored = restoreState(window.location, browserStorage()).state;
const store = createStore({ ...restored, story: restoreStory(browserStorage(), bundledLibrary) ?? restored.story });
start(store).catch((error: unknown) => {
  const status = createStatusPanel(byId('status', HTMLDivElement));
  if (error instanceof DatasetUnavailable) status.error(error.message, error.problems);
  else status.error('Tideline could not start', [error instanceof Error ? error.message : String(error)]);
  setSession(store, { mapReady: 'error' });
  console.error(error);
});
