import { geoBounds } from 'd3';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { formatProblem } from '../io/problem.ts';
import { netDaytimeChange, workdayPopulation } from '../model/workday.ts';
import { createBasemapSetting } from './basemapSetting.ts';
import { createStatusPanel } from './statusPanel.ts';
import { createTooltip } from './tooltip.ts';
import { createZoneMap } from './createZoneMap.ts';
import { DEFAULT_ATTRIBUTION, loadDefaultDataset } from './defaultDataset.ts';
import { renderLegend } from './legend.ts';
import { localStyle } from './localStyle.ts';
import { netChangeScale } from './netChangeScale.ts';
import { exposeTestHook } from './testHook.ts';
import { zoneFeatureCollection } from './zoneFeatureCollection.ts';
import { attachZoneHover } from './zoneHover.ts';
import { CITY_OF_LONDON_FORCE, installZoneLayers } from './zoneLayers.ts';
import { zoneTooltipContent } from './zoneTooltipContent.ts';
import '../engine/exposeEngineForTests.ts';
import './styles.css';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`index.html has no #${id}`);
  return node;
}

async function start(): Promise<void> {
  const status = createStatusPanel(byId('status', HTMLDivElement));
  status.loading('Loading the London dataset…');

  const result = await loadDefaultDataset();
  for (const warning of result.warnings) console.warn(formatProblem(warning));
  if (!result.ok) {
    status.error('The dataset could not be loaded', result.errors.map(formatProblem));
    document.body.dataset.mapState = 'error';
    return;
  }
  const data = result.dataset;
  const workday = workdayPopulation(data);
  const net = netDaytimeChange(data);
  const scale = netChangeScale(net);
  const fills = Array.from(net, (value) => scale.color(value));
  const zones = zoneFeatureCollection(data.zones, result.geometries);

  const legend = byId('legend', HTMLElement);
  renderLegend(legend, scale, {
    datasetName: data.name,
    cityPoliceArea: data.zones.forces.includes(CITY_OF_LONDON_FORCE),
  });
  legend.hidden = false;

  const container = byId('map', HTMLDivElement);
  container.setAttribute('aria-label', `Map of ${data.name}: zones coloured by daytime net change in people`);
  let basemapUrl = createBasemapSetting(
    byId('basemap-form', HTMLFormElement),
    byId('basemap-url', HTMLInputElement),
    (url) => {
      basemapUrl = url;
      // diff: false so 'style.load' fires and the zone layers are put back on the new basemap.
      map.setStyle(url || localStyle(), { diff: false });
    },
  );
  const [[west, south], [east, north]] = geoBounds(zones);
  const bounds: LngLatBoundsLike = [west, south, east, north];
  // Keep the zones clear of the legend where the screen is wide enough to afford it.
  const left = Math.min(legend.offsetWidth + 24, container.clientWidth * 0.3);
  const padding = { top: 24, right: 56, bottom: 24, left: Math.max(24, left) };
  const map = createZoneMap(container, basemapUrl, bounds, padding, DEFAULT_ATTRIBUTION);

  let hookExposed = false;
  map.on('style.load', () => {
    installZoneLayers(map, zones, fills, basemapUrl !== '');
    if (hookExposed) {
      status.clear(); // a new basemap loaded: drop any earlier basemap error
      return;
    }
    hookExposed = true;
    exposeTestHook({
      map,
      zoneCount: data.zones.count,
      zones: data.zones.ids.map((id, z) => ({
        id,
        name: data.zones.names[z],
        lon: data.zones.labelLon[z],
        lat: data.zones.labelLat[z],
      })),
    });
    map.once('idle', () => status.clear());
  });
  map.on('error', (event) => {
    if (basemapUrl === '') {
      console.error(event.error);
      return;
    }
    status.error('The basemap could not be loaded', [
      `${basemapUrl}: ${event.error.message}`,
      'Clear "Basemap style URL" and press Apply to use the offline map.',
    ]);
  });

  const tooltip = createTooltip(byId('map-frame', HTMLElement));
  attachZoneHover(map, tooltip, (zone) => zoneTooltipContent(data, workday, net, zone));
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  createStatusPanel(byId('status', HTMLDivElement)).error('Tideline could not start', [message]);
  document.body.dataset.mapState = 'error';
  console.error(error);
});
