import type { Map as MapLibreMap } from 'maplibre-gl';

const IDLE_TIMEOUT_MS = 30_000;

/**
 * A copy of the map's picture once it has drawn everything it is waiting for (tiles of a basemap
 * included). MapLibre fires 'idle' straight after the render that leaves nothing to do, in the same
 * task, while the WebGL drawing buffer still holds that frame: copied there, no preserveDrawingBuffer
 * is needed. `into` is reused from frame to frame.
 */
export function captureMap(map: MapLibreMap, into: HTMLCanvasElement): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('idle', onIdle);
      reject(new Error('the map did not finish drawing within 30 seconds (a basemap that does not load?)'));
    }, IDLE_TIMEOUT_MS);
    const onIdle = () => {
      clearTimeout(timer);
      const canvas = map.getCanvas();
      if (into.width !== canvas.width || into.height !== canvas.height) {
        into.width = canvas.width;
        into.height = canvas.height;
      }
      const ctx = into.getContext('2d');
      if (!ctx) return reject(new Error('no 2D canvas to copy the map into'));
      ctx.drawImage(canvas, 0, 0);
      resolve(into);
    };
    map.once('idle', onIdle);
    map.triggerRepaint();
  });
}
