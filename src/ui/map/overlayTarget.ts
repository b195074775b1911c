import type { TooltipContent } from './tooltip.ts';

/**
 * Another grid drawn over the zones (the hexagons): what is under a point, how to describe it, which
 * zone a click on it selects, and how to outline it.
 */
export interface OverlayTarget {
  at(point: [number, number]): number | null;
  describe(id: number): TooltipContent;
  zoneOf(id: number): number | null;
  highlight(kind: 'hover' | 'selected', id: number | null): void;
}
