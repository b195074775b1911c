import type { FrameScheduler } from '../../app/frameScheduler.ts';
import type { MapArea } from '../../map/mountMapArea.ts';
import type { Store } from '../../state/store.ts';
import type { Rect } from './compositeLayout.ts';
import { compositeScene, type CompositeScene } from './compositeScene.ts';
import { drawComposite, sceneLayout } from './drawComposite.ts';
import { captureMap } from './mapCapture.ts';

/** Largest pixel ratio the maps are drawn at for a frame (a tiny window recording 1920 x 1080). */
const MAX_RATIO = 4;

/**
 * Draws what is on screen into a W x H canvas, as often as asked: for each frame the maps are drawn by
 * the app as usual (the recorder moves the store's slot), copied once MapLibre is done, and put together
 * with the titles, clock, legends and caption. While it works, the maps draw at the pixel ratio that
 * makes them as sharp as the frame needs; `finish` puts the ratios back.
 */
export interface Compositor {
  /** Waits for the frame the store now asks for to be on the maps, then draws it. */
  draw(): Promise<void>;
  finish(): void;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Where each map sits within the map panes' box, in CSS pixels. */
function measure(area: MapArea): { box: { width: number; height: number }; rects: Rect[] } {
  const containers = area.views().map((v) => v.map.getContainer());
  const panes = containers[0]?.closest('.map-panes') ?? containers[0]?.parentElement;
  const outer = panes?.getBoundingClientRect() ?? new DOMRect(0, 0, 1, 1);
  return {
    box: { width: outer.width, height: outer.height },
    rects: containers.map((c) => {
      const r = c.getBoundingClientRect();
      return { x: r.left - outer.left, y: r.top - outer.top, w: r.width, h: r.height };
    }),
  };
}

export function createCompositor(deps: { store: Store; frames: FrameScheduler; area: MapArea }, canvas: HTMLCanvasElement): Compositor {
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('this browser has no 2D canvas');
  const { store, area } = deps;
  const ratios = new Map(area.views().map((v) => [v.map, v.map.getPixelRatio()]));
  const shots: HTMLCanvasElement[] = [];
  let applied = -1;

  function scene(): CompositeScene {
    const frame = area.frame();
    if (!frame) throw new Error('the maps have not been drawn yet');
    const { box, rects } = measure(area);
    const attribution = document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
    return compositeScene(store.get(), frame, box, rects, attribution);
  }

  return {
    async draw() {
      // The app draws the store's state in the next animation frame (the scheduler asked first).
      await nextFrame();
      let s = scene();
      const ratio = Math.min(MAX_RATIO, Math.max(0.5, sceneLayout(ctx, canvas.width, canvas.height, s).scale));
      if (Math.abs(ratio - applied) > 1e-3) {
        for (const v of area.views()) {
          if (!ratios.has(v.map)) ratios.set(v.map, v.map.getPixelRatio());
          v.map.setPixelRatio(ratio);
        }
        applied = ratio;
      }
      const views = area.views();
      const images: HTMLCanvasElement[] = [];
      for (let i = 0; i < views.length; i++) {
        shots[i] ??= document.createElement('canvas');
        images.push(await captureMap(views[i].map, shots[i]));
      }
      s = scene();
      drawComposite(ctx, canvas.width, canvas.height, s, images);
    },
    finish() {
      for (const v of area.views()) {
        const ratio = ratios.get(v.map);
        if (ratio !== undefined) v.map.setPixelRatio(ratio);
      }
    },
  };
}
