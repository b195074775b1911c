import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Tooltip, TooltipContent } from './tooltip.ts';
import { ZONE_FILL_LAYER, ZONE_SOURCE } from './zoneLayers.ts';

/**
 * Outlines the zone under the pointer and shows its tooltip. Listeners are bound to the fill layer
 * by id, so they keep working after a basemap change re-adds the layer.
 */
export function attachZoneHover(
  map: MapLibreMap,
  tooltip: Tooltip,
  describe: (zone: number) => TooltipContent,
): void {
  let hovered: number | null = null;

  function setHovered(zone: number | null): void {
    if (zone === hovered) return;
    if (hovered !== null && map.getSource(ZONE_SOURCE)) {
      map.setFeatureState({ source: ZONE_SOURCE, id: hovered }, { hover: false });
    }
    hovered = zone;
    if (zone !== null) map.setFeatureState({ source: ZONE_SOURCE, id: zone }, { hover: true });
  }

  map.on('mousemove', ZONE_FILL_LAYER, (event) => {
    const id = event.features?.[0]?.id;
    if (typeof id !== 'number') return;
    setHovered(id);
    map.getCanvas().style.cursor = 'default';
    tooltip.show(describe(id), event.point.x, event.point.y);
  });
  map.on('mouseleave', ZONE_FILL_LAYER, () => {
    setHovered(null);
    tooltip.hide();
  });
  map.on('style.load', () => {
    hovered = null;
    tooltip.hide();
  });
}
