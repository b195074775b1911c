import type { Map as MapLibreMap } from 'maplibre-gl';

/** A stand-in for a MapLibre map that records sources, layers and feature state asked of it. */
export interface Recorder {
  map: MapLibreMap;
  sources: Map<string, unknown>;
  layers: { id: string; before?: string; visibility?: string }[];
  states: { id: number; state: Record<string, unknown> }[];
  /** How many times a source was added. */
  added(): number;
  /** Drops sources and layers and fires 'style.load', as setStyle does. */
  newStyle(): void;
}

export function recorder(existingLayers: string[] = []): Recorder {
  const r: Partial<Recorder> = {};
  const sources = new Map<string, unknown>();
  const layers: Recorder['layers'] = existingLayers.map((id) => ({ id }));
  const states: Recorder['states'] = [];
  const listeners = new Set<() => void>();
  let added = 0;
  const fake = {
    getSource: (id: string) => sources.get(id),
    addSource(id: string, spec: unknown) {
      added++;
      sources.set(id, spec);
    },
    getLayer: (id: string) => layers.find((l) => l.id === id),
    addLayer(spec: { id: string; layout?: { visibility?: string } }, before?: string) {
      const at = before ? layers.findIndex((l) => l.id === before) : layers.length;
      layers.splice(at, 0, { id: spec.id, before, visibility: spec.layout?.visibility });
    },
    setLayoutProperty(id: string, _name: string, value: string) {
      layers.find((l) => l.id === id)!.visibility = value;
    },
    setFeatureState(target: { id: number }, state: Record<string, unknown>) {
      states.push({ id: target.id, state });
    },
    removeLayer(id: string) {
      layers.splice(layers.findIndex((l) => l.id === id), 1);
    },
    removeSource: (id: string) => sources.delete(id),
    on: (_: string, fn: () => void) => listeners.add(fn),
    off: (_: string, fn: () => void) => listeners.delete(fn),
    queryRenderedFeatures: () => [{ properties: { hex: 1 } }],
  };
  Object.assign(r, {
    map: fake as unknown as MapLibreMap, sources, layers, states,
    added: () => added,
    newStyle() {
      sources.clear();
      layers.length = 0;
      for (const fn of listeners) fn();
    },
  });
  return r as Recorder;
}
