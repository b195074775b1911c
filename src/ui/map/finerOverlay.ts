import type { ZoneSetShape } from '../app/appContext.ts';
import { createHexLayer, type HexLayer } from '../hexagons/hexLayer.ts';
import type { ColourScale } from './colourScale.ts';
import type { MapView } from './createMapView.ts';
import { measureValues } from './measureValues.ts';
import type { OverlayTarget } from './overlayTarget.ts';
import { ZONE_OUTLINE_LAYER } from './zoneLayers.ts';
import { zoneTooltipContent, type ZoneFigures } from './zoneTooltipContent.ts';

/** What the finer zones (hexagons, MSOAs) on one map show at one moment. */
export interface FinerPicture {
  set: ZoneSetShape;
  /** The finer zones' figures at the slot and measure on screen (names, statics and week are the set's). */
  figures: ZoneFigures;
  scale: ColourScale;
  /** The zone of the set selected on screen, outlined; null for none. */
  selected: number | null;
}

export interface FinerOverlay {
  /** Draws the finer zones over the map's zones, or takes them away (null). Only colours that change are set. */
  paint(picture: FinerPicture | null): void;
  dispose(): void;
}

/**
 * A finer zone set on one map view, drawn from what it is given: it asks nothing of the engine or the
 * store. The layer (source "hexagons" or "msoas") is made once per set; painting moves feature state only.
 */
export function createFinerOverlay(view: MapView): FinerOverlay {
  let layer: HexLayer | null = null;
  let set: ZoneSetShape | null = null;
  let current: FinerPicture | null = null;
  let values = new Float64Array(0);
  let painted: unknown[] = [];

  const target: OverlayTarget = {
    at: (point) => layer?.hexAt(point) ?? null,
    describe: (hex) => (current ? zoneTooltipContent(current.figures, hex) : { title: '', subtitle: '', rows: [] }),
    zoneOf: (zone) => (set ? set.parent[zone] : null),
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
      if (picture.set !== set) {
        layer?.remove();
        set = picture.set;
        layer = createHexLayer(view.map, set, { beforeId: ZONE_OUTLINE_LAYER, sourceId: set.kind });
        values = new Float64Array(set.ids.length);
        painted = [];
      }
      const { measure, slot, week } = picture.figures;
      const key = [week, slot, measure, picture.scale];
      if (key.some((k, i) => k !== painted[i])) {
        painted = key;
        layer!.update(measureValues(measure, picture.figures, slot, values), picture.scale.color);
      }
      layer!.highlight('selected', picture.selected);
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
