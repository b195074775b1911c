import type { StyleSpecification } from 'maplibre-gl';

export const LOCAL_BACKGROUND = '#d9e1e6';

/**
 * The offline basemap: a plain background and nothing that needs tiles, glyphs or sprites, so the
 * first screen works with no network. Zone layers are added on top by installZoneLayers.
 */
export function localStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Tideline offline',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': LOCAL_BACKGROUND } }],
  };
}
