import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Tooltip, TooltipContent } from './tooltip.ts';

/** What is under the pointer: an id (zone or hexagon index) and how to describe it. */
export interface HoverTarget {
  id: number;
  describe(): TooltipContent;
}

export interface ZoneHover {
  /** Rewrites the open tooltip (the time or the figures changed under a still pointer). */
  refresh(): void;
  /** Forgets what is hovered (the zones on the map changed). */
  clear(): void;
}

/**
 * Shows the tooltip of whatever `pick` finds under the pointer and tells `onHover` when that changes.
 * `pick` is asked afresh on each move, so it can switch between zones and hexagons.
 */
export function attachZoneHover(
  map: MapLibreMap,
  tooltip: Tooltip,
  pick: (point: [number, number]) => HoverTarget | null,
  onHover: (id: number | null) => void,
): ZoneHover {
  let hovered: HoverTarget | null = null;
  let at = { x: 0, y: 0 };

  function set(target: HoverTarget | null): void {
    const changed = (target?.id ?? null) !== (hovered?.id ?? null);
    hovered = target;
    if (changed) onHover(target?.id ?? null);
    if (target) tooltip.show(target.describe(), at.x, at.y);
    else tooltip.hide();
  }

  map.on('mousemove', (event) => {
    at = { x: event.point.x, y: event.point.y };
    set(pick([at.x, at.y]));
  });
  map.getCanvas().addEventListener('mouseleave', () => set(null));
  map.on('style.load', () => set(null));
  return {
    refresh() {
      if (hovered && tooltip.visible) set(pick([at.x, at.y]));
    },
    clear: () => set(null),
  };
}
