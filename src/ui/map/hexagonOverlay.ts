import type { HexGrid } from '../app/appContext.ts';
import { createHexLayer, type HexLayer } from '../hexagons/hexLayer.ts';
import type { ColourScale } from './colourScale.ts';
import type { MapView } from './createMapView.ts';
import { measureValues } from './measureValues.ts';
import type { OverlayTarget } from './overlayTarget.ts';
import { ZONE_OUTLINE_LAYER } from './zoneLayers.ts';
import { zoneTooltipContent, type ZoneFigures } from './zoneTooltipContent.ts';

/** What the hexagons on one map show at one moment. */
export interface HexPicture {
  grid: HexGrid;
  /** The hexagons' figures at the slot and measure on screen (names, statics and week are the grid's). */
  figures: ZoneFigures;
  scale: ColourScale;
}

export interface HexagonOverlay {
  /** Draws the hexagons over the map's zones, or takes them away (null). Only colours that change are set. */
  paint(picture: HexPicture | null): void;
  dispose(): void;
}

/**
 * The hexagon grid on one map view, drawn from what it is given: it asks nothing of the engine or the
 * store. The layer is made once per grid; painting moves feature state only.
 */
export function createHexagonOverlay(view: MapView): HexagonOverlay {
  let layer: HexLayer | null = null;
  let grid: HexGrid | null = null;
  let current: HexPicture | null = null;
  let values = new Float64Array(0);
  let painted: unknown[] = [];

  const target: OverlayTarget = {
    at: (point) => layer?.hexAt(point) ?? null,
    describe: (hex) => (current ? zoneTooltipContent(current.figures, hex) : { title: '', subtitle: '', rows: [] }),
    zoneOf: (hex) => (grid ? grid.zone[hex] : null),
    highlight: (kind, hex) => layer?.highlight(kind, hex),
  };

  return {
    paint(picture) {
      current = picture;
      if (!picture) {
        layer?.hide();
        view.setOverlay(null);
        return;
      }
      if (picture.grid !== grid) {
        layer?.remove();
        grid = picture.grid;
        layer = createHexLayer(view.map, grid, { beforeId: ZONE_OUTLINE_LAYER });
        values = new Float64Array(grid.ids.length);
        painted = [];
      }
      const { measure, slot, week } = picture.figures;
      const key = [week, slot, measure, picture.scale];
      if (key.some((k, i) => k !== painted[i])) {
        painted = key;
        layer!.update(measureValues(measure, picture.figures, slot, values), picture.scale.color);
      }
      layer!.show();
      view.setOverlay(target);
    },
    dispose() {
      view.setOverlay(null);
      layer?.remove();
      layer = null;
    },
  };
}
