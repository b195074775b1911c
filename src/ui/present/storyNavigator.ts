import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppContext } from '../app/appContext.ts';
import type { MapView } from '../map/createMapView.ts';
import { zoneBounds } from '../map/zoneBounds.ts';
import { applyView } from './story/applyView.ts';
import type { StoryCamera } from './story/story.ts';
import type { StoryLibrary } from './story/storyLibrary.ts';

/** Kept clear around the zones when a view without a camera fits them (the map titles sit top left). */
const FIT_PADDING = { top: 64, right: 48, bottom: 24, left: 24 };
const FLY_MS = 1600;

export interface StoryNavigator {
  /** Shows view `index` of the story: its scenarios, time, measure, zones and selection, then its camera. */
  goTo(index: number, options?: { animate?: boolean }): void;
  /** The next (1) or previous (-1) view, from the one on screen (or the first). */
  step(by: 1 | -1): void;
  /** Points the maps again where the view on screen looks (after the maps were resized), or fits the zones. */
  recenter(options?: { animate?: boolean }): void;
  /** Where the first map looks now. */
  camera(): StoryCamera | null;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Moves through the story in the store: going to a view is a view change (not undone); the maps fly to
 * its camera once the frame that shows its maps has been drawn. The other maps follow the first
 * (syncCameras).
 */
export function createStoryNavigator(ctx: AppContext, maps: () => readonly MapView[], library: StoryLibrary): StoryNavigator {
  const { store, frames, dataset } = ctx;

  function point(map: MapLibreMap, camera: StoryCamera | undefined, animate: boolean): void {
    map.resize();
    const duration = animate && !reducedMotion() ? FLY_MS : 0;
    if (camera) map.flyTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, duration, essential: true });
    else map.fitBounds(zoneBounds(dataset.current()), { padding: FIT_PADDING, duration, bearing: 0, pitch: 0 });
  }

  function recenter(options: { animate?: boolean } = {}): void {
    // After the frame that lays out the maps this view needs (compare mode adds one): then they are sized.
    frames.request(() => {
      const map = maps()[0]?.map;
      if (!map) return;
      for (const view of maps()) view.map.resize();
      const { story, session } = store.get();
      const view = session.storyView === null ? undefined : story.views[session.storyView];
      point(map, view?.camera, options.animate ?? true);
    });
  }

  function goTo(index: number, options: { animate?: boolean } = {}): void {
    const { story } = store.get();
    const view = story.views[index];
    if (!view) return;
    store.set((s) => applyView(s, view, index, library), { undoable: false });
    recenter(options);
  }

  return {
    goTo,
    step(by) {
      const { story, session } = store.get();
      if (story.views.length === 0) return;
      const from = session.storyView ?? (by > 0 ? -1 : story.views.length);
      const to = Math.min(story.views.length - 1, Math.max(0, from + by));
      if (to !== session.storyView) goTo(to);
    },
    recenter,
    camera() {
      const map = maps()[0]?.map;
      if (!map) return null;
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    },
  };
}
