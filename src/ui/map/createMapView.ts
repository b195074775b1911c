import type { Map as MapLibreMap, LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import type { DatasetSummary, ScenarioEvent } from '../../engine/index.ts';
import type { ColourScale } from './colourScale.ts';
import { createZoneMap } from './createZoneMap.ts';
import { eventFeatureCollection, EVENT_SOURCE, installEventLayer } from './eventLayer.ts';
import { localStyle } from './localStyle.ts';
import { softwareWebGl } from './softwareWebGl.ts';
import { measureValue } from './measureValues.ts';
import { installStationLayer, STATION_SOURCE, stationFeatureCollection, stationRadius } from './stationLayer.ts';
import { createTooltip } from './tooltip.ts';
import { zoneFeatureCollection } from './zoneFeatureCollection.ts';
import { attachZoneHover } from './zoneHover.ts';
import type { OverlayTarget } from './overlayTarget.ts';
import {
  installZoneLayers, setHighlightedZones, setNotPolicedZones, ZONE_FILL_LAYER, ZONE_HATCH_LAYER, ZONE_OUTLINE_LAYER, ZONE_SOURCE,
  type ZoneFeatureCollection,
} from './zoneLayers.ts';
import { zoneTooltipContent, type ZoneFigures } from './zoneTooltipContent.ts';

/** Everything one map draws at one moment. */
export interface MapPicture {
  summary: DatasetSummary;
  /** The zones' figures at the slot and measure on screen (colours and the tooltip are read from them). */
  figures: ZoneFigures;
  /** 1 where the scenario's force allocates officers (others are hatched). */
  allocated: Uint8Array;
  scale: ColourScale;
  /** The week's largest 15-minute station footfall: the largest circle. */
  stationMax: number;
  selectedZone: number | null;
  events: readonly ScenarioEvent[];
}

export interface MapClick {
  /** The dataset zone under the pointer (with finer zones drawn over them, the one the finer zone lies in). */
  zone: number | null;
  /** The finer zone under the pointer, when finer zones are drawn; else null. */
  finer: number | null;
  lngLat: [number, number];
}

export interface MapView {
  readonly map: MapLibreMap;
  /** Resolves once the zone layers are on the map. */
  readonly installed: Promise<void>;
  /** Draws a picture: only feature state and marker data change, never layers. */
  paint(picture: MapPicture): void;
  /** A new dataset: new zone and station features, and the view fitted to them. */
  setDataset(summary: DatasetSummary, bounds: LngLatBoundsLike): void;
  setBasemap(url: string): void;
  setCursor(cursor: string): void;
  /**
   * While the week plays on software WebGL the map draws at half resolution and without zone outlines:
   * a full frame there blocks the page for longer than a frame lasts. All comes back once paused.
   */
  setPlaying(playing: boolean, mapsOnScreen: number): void;
  /**
   * Draws another grid over the zones (the hexagons) or none: with one, zone fills give way to it,
   * borough lines stay on top, and the pointer describes and selects through it.
   */
  setOverlay(overlay: OverlayTarget | null): void;
  destroy(): void;
}

export interface MapViewOptions {
  container: HTMLElement;
  tooltipHost: HTMLElement;
  tooltipId: string;
  summary: DatasetSummary;
  basemapUrl: string;
  bounds: LngLatBoundsLike;
  padding: PaddingOptions;
  attribution: string;
  onClick(click: MapClick): void;
  onBasemapError(message: string): void;
}

/** One MapLibre map of the zones, coloured through feature state by whatever picture it is given. */
export function createMapView(o: MapViewOptions): MapView {
  let summary = o.summary;
  let basemapUrl = o.basemapUrl;
  const map = createZoneMap(o.container, basemapUrl, o.bounds, o.padding, o.attribution);
  let picture: MapPicture | null = null;
  let layersReady = false;
  // What is on the map already, so a new picture only sends what changed.
  let fills: string[] = [];
  let radii: number[] = [];
  // undefined: not drawn yet on this style or dataset.
  let selected: number | null | undefined;
  let notPoliced = '';
  let events: readonly ScenarioEvent[] | null = null;
  let drawnSummary: DatasetSummary | null = null;
  let resolveInstalled!: () => void;
  const installed = new Promise<void>((resolve) => (resolveInstalled = resolve));

  let features: ZoneFeatureCollection = zoneFeatureCollection(summary.zones);
  let hovered: number | null = null;
  let overlay: OverlayTarget | null = null;
  let lightweight = false;
  const tooltip = createTooltip(o.tooltipHost, o.tooltipId);
  const zoneAt = (point: [number, number]): number | null => {
    if (!layersReady || !map.getLayer(ZONE_FILL_LAYER)) return null;
    const id = map.queryRenderedFeatures(point, { layers: [ZONE_FILL_LAYER] })[0]?.id;
    return typeof id === 'number' ? id : null;
  };
  const hover = attachZoneHover(
    map,
    tooltip,
    (point) => {
      const over = overlay;
      const id = over ? over.at(point) : zoneAt(point);
      if (id === null) return null;
      return {
        id,
        describe: () => (over ? over.describe(id) : picture ? zoneTooltipContent(picture.figures, id) : { title: summary.zones.names[id], subtitle: '', rows: [] }),
      };
    },
    (id) => {
      if (overlay) return overlay.highlight('hover', id);
      hovered = id;
      if (layersReady) setHighlightedZones(map, features, hovered, selected ?? null);
    },
  );

  function showOverlayStyle(): void {
    if (!layersReady) return;
    const on = overlay !== null;
    map.setPaintProperty(ZONE_FILL_LAYER, 'fill-opacity', on ? 0 : basemapUrl !== '' ? 0.75 : 1);
    map.setPaintProperty(ZONE_FILL_LAYER, 'fill-antialias', !lightweight);
    map.setLayoutProperty(ZONE_HATCH_LAYER, 'visibility', on ? 'none' : 'visible');
    map.setLayoutProperty(ZONE_OUTLINE_LAYER, 'visibility', on ? 'visible' : 'none');
  }

  function forget(): void {
    fills = [];
    radii = [];
    selected = undefined;
    notPoliced = '';
    events = null;
  }

  function draw(): void {
    if (!layersReady || !picture) return;
    const p = picture;
    if (p.summary !== drawnSummary) return; // a picture of another dataset: wait for setDataset
    const n = p.summary.zones.ids.length;
    const { measure, slot, statics, week } = p.figures;
    for (let z = 0; z < n; z++) {
      const fill = p.scale.color(measureValue(measure, { statics, week }, slot, z));
      if (fills[z] !== fill) {
        fills[z] = fill;
        map.setFeatureState({ source: ZONE_SOURCE, id: z }, { fill });
      }
    }
    const stations = p.summary.stations;
    const count = stations.ids.length;
    for (let i = 0; i < count; i++) {
      // Half-pixel steps: a circle redraws only when its size visibly changes.
      const r = Math.round(stationRadius(stations.footfall[slot * count + i], p.stationMax) * 2) / 2;
      if (radii[i] !== r) {
        radii[i] = r;
        map.setFeatureState({ source: STATION_SOURCE, id: i }, { r });
      }
    }
    if (selected !== p.selectedZone) {
      selected = p.selectedZone;
      setHighlightedZones(map, features, hovered, selected);
    }
    const hatched = Array.from(p.allocated.keys()).filter((z) => !p.allocated[z]);
    const hatchKey = hatched.join(',');
    if (hatchKey !== notPoliced) {
      notPoliced = hatchKey;
      setNotPolicedZones(map, hatched);
    }
    if (events !== p.events) {
      events = p.events;
      const source = map.getSource(EVENT_SOURCE);
      if (source?.type === 'geojson') (source as unknown as { setData(d: unknown): void }).setData(eventFeatureCollection(p.events, p.summary.zones));
    }
    hover.refresh();
  }

  function install(): void {
    installZoneLayers(map, features, basemapUrl !== '');
    installStationLayer(map, summary.stations);
    installEventLayer(map, eventFeatureCollection(picture?.events ?? [], summary.zones));
    drawnSummary = summary;
    layersReady = true;
    showOverlayStyle();
    forget();
    draw();
    resolveInstalled();
  }

  map.on('style.load', install);
  map.on('click', (event) => {
    const point: [number, number] = [event.point.x, event.point.y];
    const over = overlay?.at(point) ?? null;
    const zone = overlay ? (over === null ? null : overlay.zoneOf(over)) : zoneAt(point);
    o.onClick({ zone, finer: over, lngLat: [event.lngLat.lng, event.lngLat.lat] });
  });
  map.on('error', (event) => {
    if (basemapUrl === '') console.error(event.error);
    else o.onBasemapError(`${basemapUrl}: ${event.error.message}`);
  });

  return {
    map,
    installed,
    paint(next) {
      picture = next;
      draw();
    },
    setDataset(next, bounds) {
      summary = next;
      if (!layersReady) features = zoneFeatureCollection(next.zones);
      const zonesSource = map.getSource(ZONE_SOURCE);
      const stationsSource = map.getSource(STATION_SOURCE);
      if (layersReady && zonesSource && stationsSource) {
        map.removeFeatureState({ source: ZONE_SOURCE });
        map.removeFeatureState({ source: STATION_SOURCE });
        features = zoneFeatureCollection(next.zones);
        hovered = null;
        (zonesSource as unknown as { setData(d: unknown): void }).setData(features);
        (stationsSource as unknown as { setData(d: unknown): void }).setData(stationFeatureCollection(next.stations));
        drawnSummary = next;
        forget();
        draw();
      }
      map.fitBounds(bounds, { padding: o.padding, animate: false });
    },
    setBasemap(url) {
      basemapUrl = url;
      layersReady = false;
      // diff: false so 'style.load' fires and the layers are put back on the new basemap.
      map.setStyle(url || localStyle(), { diff: false });
    },
    setCursor(cursor) {
      map.getCanvas().style.cursor = cursor;
    },
    setOverlay(next) {
      if (next === overlay) return;
      overlay?.highlight('hover', null);
      overlay = next;
      hover.clear();
      hovered = null;
      if (layersReady) setHighlightedZones(map, features, null, overlay ? null : (selected ?? null));
      showOverlayStyle();
    },
    setPlaying(playing, mapsOnScreen) {
      if (!softwareWebGl()) return;
      lightweight = playing;
      // Two maps side by side have more pixels between them than one: each draws a little coarser.
      const ratio = playing ? (mapsOnScreen > 1 ? 0.4 : 0.5) : window.devicePixelRatio || 1;
      if (map.getPixelRatio() !== ratio) map.setPixelRatio(ratio);
      if (layersReady) map.setPaintProperty(ZONE_FILL_LAYER, 'fill-antialias', !playing);
    },
    destroy() {
      tooltip.hide();
      map.remove();
    },
  };
}
