/** What a click on the map places, when it does not select a zone (e.g. a new event). */
export interface MapPlacer {
  /** Shown on the map while placing, e.g. "Click the map where the event is (Esc to cancel)". */
  prompt: string;
  place(lngLat: [number, number], zone: number | null): void;
}

/**
 * Which way map clicks go: to select a zone (no placer), or to a placer set by a panel. This is a
 * moment of interaction, not part of the saved state: a reload leaves the map selecting zones.
 */
export interface MapClickMode {
  placer(): MapPlacer | null;
  set(placer: MapPlacer | null): void;
  subscribe(listener: () => void): () => void;
}

export function createMapClickMode(): MapClickMode {
  let current: MapPlacer | null = null;
  const listeners = new Set<() => void>();
  return {
    placer: () => current,
    set(placer) {
      if (placer === current) return;
      current = placer;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
