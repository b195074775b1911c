/**
 * A dataset's optional small-area layer (for London, the 4,835 LSOAs): areas each inside one zone, with the
 * figures hexagons are filled from. Loaded only when hexagons are asked for (src/io/loadSmallAreas.ts).
 */
export interface SmallAreas {
  count: number;
  ids: string[];
  /** Zone index of each small area. */
  zone: Int32Array;
  /** Residents; within a zone only their shares matter (the zone's own total is kept). */
  residents: Float64Array;
  /** Workplace weight: within a zone, where its arriving commuters work (shares matter, not the scale). */
  workplace: Float64Array;
  /** Years with recorded crime, ascending, and crimes[y * count + area] (NaN where unknown). */
  years: number[];
  crimes: Float64Array;
}

/** How each small area's land is shared among hexagons (built with the grid): area l's hexagons are k = offsets[l] .. offsets[l + 1] - 1. */
export interface SmallAreaParts {
  offsets: Int32Array;
  hex: Int32Array;
  /** Share of the small area's area in that hexagon; each area's shares sum to 1. */
  share: Float64Array;
}
