import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Keeps the maps' centre and zoom together: whichever the user moves leads, the others follow
 * without echoing back. Returns a function that unlinks them.
 */
export function syncCameras(maps: readonly MapLibreMap[]): () => void {
  let leader: MapLibreMap | null = null;
  const handlers = maps.map((map) => {
    const onMove = () => {
      if (leader !== null && leader !== map) return;
      leader = map;
      const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
      for (const other of maps) if (other !== map) other.jumpTo(camera);
    };
    const onEnd = () => {
      if (leader === map) leader = null;
    };
    map.on('move', onMove);
    map.on('moveend', onEnd);
    return { map, onMove, onEnd };
  });
  if (maps.length > 1) {
    const [first, ...rest] = maps;
    for (const other of rest) other.jumpTo({ center: first.getCenter(), zoom: first.getZoom() });
  }
  return () => {
    for (const { map, onMove, onEnd } of handlers) {
      map.off('move', onMove);
      map.off('moveend', onEnd);
    }
  };
}
