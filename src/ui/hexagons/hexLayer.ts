import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { hexFeatureCollection, type HexGridShape } from './hexFeatureCollection.ts';

export interface HexLayerOptions {
  /** Draw the hexagons below this layer (e.g. the station markers) when it is on the map. */
  beforeId?: string;
  /** Source id; layers are `${sourceId}-fill` and `${sourceId}-outline`. Default 'hexagons'. */
  sourceId?: string;
  /** Fill opacity (default 0.85). */
  opacity?: number;
  /** Fill of hexagons not yet given a value (default a mid grey). */
  noDataColour?: string;
  /** Feature states set per animation frame (default 1,000; the first batch is set at once). */
  batchSize?: number;
}

export interface HexLayer {
  readonly sourceId: string;
  readonly fillLayerId: string;
  readonly outlineLayerId: string;
  readonly visible: boolean;
  show(): void;
  hide(): void;
  /**
   * Colours hexagon h by color(values[h]) (values in grid order), through feature state only: the source
   * and layers are never re-added. Only colours that change are set; a later update supersedes an
   * earlier one still being applied.
   */
  update(values: Float64Array | Int32Array, color: (v: number) => string): void;
  /** Outlines one hexagon (or none) as hovered or selected. */
  highlight(kind: 'hover' | 'selected', hex: number | null): void;
  /** The hexagon index under a screen point, or null. */
  hexAt(point: PointLike): number | null;
  /** Takes the layers and source off the map and stops listening to it. */
  remove(): void;
}

/**
 * The hexagon grid on a MapLibre map: one GeoJSON source (feature id = hexagon index) with a fill and an
 * outline layer, added once and put back after a style change ('style.load'), hidden until show().
 * The caller decides measures and colour scales; this module only paints what it is given.
 */
export function createHexLayer(map: MapLibreMap, grid: HexGridShape, options: HexLayerOptions = {}): HexLayer {
  const sourceId = options.sourceId ?? 'hexagons';
  const fillLayerId = `${sourceId}-fill`;
  const outlineLayerId = `${sourceId}-outline`;
  const noData = options.noDataColour ?? '#bdbdbd';
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const count = grid.geometries.length;
  const data = hexFeatureCollection(grid);
  /** Colours asked for, and those the map has: a flush sets the difference. */
  const target: (string | null)[] = new Array<string | null>(count).fill(null);
  let applied: (string | null)[] = new Array<string | null>(count).fill(null);
  const marked: Record<'hover' | 'selected', number | null> = { hover: null, selected: null };
  let visible = false;
  let frame: number | null = null;
  let removed = false;

  function install(): void {
    if (map.getSource(sourceId)) return;
    map.addSource(sourceId, { type: 'geojson', data, promoteId: 'hex' });
    const before = options.beforeId && map.getLayer(options.beforeId) ? options.beforeId : undefined;
    const visibility = visible ? 'visible' : 'none';
    map.addLayer({
      id: fillLayerId,
      type: 'fill',
      source: sourceId,
      layout: { visibility },
      paint: {
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], noData]],
        'fill-opacity': options.opacity ?? 0.85,
      },
    }, before);
    map.addLayer({
      id: outlineLayerId,
      type: 'line',
      source: sourceId,
      layout: { visibility },
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#ff2fa0',
          ['boolean', ['feature-state', 'hover'], false], '#000000', '#2b3237'],
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4.5,
          ['boolean', ['feature-state', 'hover'], false], 3, 0.4],
      },
    }, before);
    // A new style starts without feature state: everything is set again.
    applied = new Array<string | null>(count).fill(null);
    for (const kind of ['hover', 'selected'] as const) {
      if (marked[kind] !== null) map.setFeatureState({ source: sourceId, id: marked[kind] }, { [kind]: true });
    }
    schedule();
  }

  function flush(): void {
    frame = null;
    if (removed || !map.getSource(sourceId)) return;
    let set = 0;
    for (let h = 0; h < count && set < batchSize; h++) {
      const c = target[h];
      if (c === null || c === applied[h]) continue;
      map.setFeatureState({ source: sourceId, id: h }, { fill: c });
      applied[h] = c;
      set++;
    }
    if (set === batchSize) frame = requestAnimationFrame(flush);
  }

  function schedule(): void {
    if (frame !== null) cancelAnimationFrame(frame);
    flush();
  }

  function setVisibility(show: boolean): void {
    visible = show;
    for (const id of [fillLayerId, outlineLayerId]) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', show ? 'visible' : 'none');
    }
  }

  const onStyleLoad = () => install();
  map.on('style.load', onStyleLoad);
  // isStyleLoaded() also waits for tiles; adding a source only needs the style itself.
  try {
    install();
  } catch (e) {
    if (!(e instanceof Error && /not done loading/.test(e.message))) throw e;
  }

  return {
    sourceId,
    fillLayerId,
    outlineLayerId,
    get visible() {
      return visible;
    },
    show: () => setVisibility(true),
    hide: () => setVisibility(false),
    update(values, color) {
      if (values.length !== count) throw new RangeError(`expected ${count} hexagon values, got ${values.length}`);
      for (let h = 0; h < count; h++) target[h] = color(values[h]);
      schedule();
    },
    highlight(kind, hex) {
      const previous = marked[kind];
      if (previous === hex) return;
      marked[kind] = hex;
      if (!map.getSource(sourceId)) return;
      if (previous !== null) map.setFeatureState({ source: sourceId, id: previous }, { [kind]: false });
      if (hex !== null) map.setFeatureState({ source: sourceId, id: hex }, { [kind]: true });
    },
    hexAt(point) {
      if (!visible || !map.getLayer(fillLayerId)) return null;
      const hit = map.queryRenderedFeatures(point, { layers: [fillLayerId] })[0];
      const hex = hit?.properties?.hex;
      return typeof hex === 'number' ? hex : null;
    },
    remove() {
      removed = true;
      if (frame !== null) cancelAnimationFrame(frame);
      map.off('style.load', onStyleLoad);
      for (const id of [outlineLayerId, fillLayerId]) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
    },
  };
}
