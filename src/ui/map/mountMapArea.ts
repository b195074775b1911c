import type { DatasetSummary } from '../../engine/datasetSummary.ts';
import { formatCount } from '../formatCount.ts';
import type { AppContext, Which } from '../app/appContext.ts';
import type { MapClickMode } from '../app/createMapClickMode.ts';
import type { AppState, MeasureKey } from '../state/appState.ts';
import { allocatedZones } from './allocatedZones.ts';
import { colourScale, type ColourScale } from './colourScale.ts';
import { createMapView, type MapPicture, type MapView } from './createMapView.ts';
import { renderLegend } from './legend.ts';
import { MEASURE_INFO } from './measureInfo.ts';
import { measureExtent } from './measureValues.ts';
import { mountHexagonOverlay, type HexagonOverlay } from './mountHexagonOverlay.ts';
import { forceShortName } from './notPolicedText.ts';
import { createRunStatus } from './runStatus.ts';
import { maxFootfall } from './stationLayer.ts';
import { zoneBounds } from './zoneBounds.ts';
import { createZoneFiguresCard } from './zoneFiguresCard.ts';
import { CITY_OF_LONDON_FORCE } from './zoneLayers.ts';
import { zoneTooltipContent } from './zoneTooltipContent.ts';

export interface MapAreaElements {
  panes: HTMLElement;
  legend: HTMLElement;
  figures: HTMLElement;
  runStatus: HTMLElement;
  prompt: HTMLElement;
}

export interface MapArea {
  /** The maps on screen: the scenario's, then the comparison's in compare mode. */
  views(): MapView[];
  /** Called with each map view created (compare mode adds one). */
  onViewsChange(listener: (views: MapView[]) => void): void;
  setBasemap(url: string): void;
  setPlaying(playing: boolean): void;
}

interface Pane {
  which: Which;
  root: HTMLElement;
  view: MapView;
  hexagons: HexagonOverlay;
  name: HTMLElement;
  onDuty: HTMLElement;
}

const PADDING = { top: 48, right: 48, bottom: 16, left: 16 };
/**
 * While the week plays the maps redraw at most this often (the clock and titles follow every step):
 * at 8x the slot moves 32 times a second, and on software WebGL each map frame is costly.
 */
const PLAYING_PAINT_MS = 100;
const ATTRIBUTION = 'Boundaries: vega-datasets (Open Government Licence)';

/**
 * The map frame: one map, or the scenario's and the comparison's side by side, on one colour scale
 * (spanning the week and both scenarios), with the legend, the selected zone's figures and the run
 * status. Clicks select a zone, or go to the placer a panel has set (e.g. a new event).
 */
export function mountMapArea(
  ctx: AppContext,
  mode: MapClickMode,
  el: MapAreaElements,
  options: { basemapUrl: string; onBasemapError(message: string): void },
): MapArea {
  const { store, results, dataset } = ctx;
  let basemapUrl = options.basemapUrl;
  const panes: Pane[] = [];
  let playing = false;
  let lastPaint = 0;
  /** Maps whose picture changed since they last drew. */
  const stale = new Set<Pane>();
  let trailing: ReturnType<typeof setTimeout> | null = null;
  const listeners: ((views: MapView[]) => void)[] = [];
  const runStatus = createRunStatus(el.runStatus);
  const figures = createZoneFiguresCard(el.figures);
  let summary = dataset.current();
  let stationMax = maxFootfall(summary.stations);
  let scale: { key: unknown[]; scale: ColourScale } | null = null;
  const allocatedMemo = new Map<Which, { summary: DatasetSummary; scenario: unknown; value: Uint8Array }>();

  function allocated(which: Which): Uint8Array {
    const scenario = store.get()[which];
    const memo = allocatedMemo.get(which);
    if (memo && memo.summary === summary && memo.scenario === scenario) return memo.value;
    const value = allocatedZones(summary, scenario);
    allocatedMemo.set(which, { summary, scenario, value });
    return value;
  }

  const shown = (state: AppState): Which[] => (state.view.compare ? ['scenario', 'comparison'] : ['scenario']);

  const hexExtent = (measure: MeasureKey) => Math.max(0, ...panes.map((p) => p.hexagons.extent(measure)));
  const hexagonsOn = () => panes.length > 0 && panes.every((p) => p.hexagons.active());

  function currentScale(state: AppState): ColourScale {
    const whiches = shown(state);
    const hex = hexagonsOn();
    const key = [
      state.view.measure, summary, hex, hex ? hexExtent(state.view.measure) : 0,
      ...whiches.map((w) => results.get(w).result), ...whiches.map((w) => allocated(w)),
    ];
    if (scale && scale.key.length === key.length && scale.key.every((k, i) => k === key[i])) return scale.scale;
    const extent = hex
      ? hexExtent(state.view.measure)
      : measureExtent(state.view.measure, whiches.map((w) => ({ summary, result: results.get(w).result, allocated: allocated(w) })));
    scale = { key, scale: colourScale(state.view.measure, extent) };
    const cellKm = hex ? panes[0].hexagons.cellKm() : null;
    const force = state.scenario.force ?? 'all';
    const hatched = summary.zones.forces.some((f, z) => !allocated('scenario')[z] && f);
    renderLegend(el.legend, state.view.measure, scale.scale, {
      notPoliced: hatched ? `Not policed by the ${forceShortName(force)}: no officers here` : null,
      cityPoliceArea: summary.zones.forces.includes(CITY_OF_LONDON_FORCE),
      stations: summary.stations.ids.length > 0,
      grid: cellKm === null ? null : `Hexagons with ${cellKm} km sides; people spread within each borough, allocated by the same engine.`,
    });
    el.legend.hidden = false;
    return scale.scale;
  }

  function picture(which: Which, state: AppState, colours: ColourScale): MapPicture {
    const selected = state.view.selectedZone === null ? -1 : summary.zones.ids.indexOf(state.view.selectedZone);
    const scenario = state[which];
    return {
      summary, result: results.get(which).result, allocated: allocated(which), force: scenario.force ?? 'all',
      slot: state.view.slot, measure: state.view.measure, scale: colours, stationMax,
      selectedZone: selected >= 0 ? selected : null, events: scenario.events ?? [],
    };
  }

  function addPane(which: Which): Pane {
    const root = document.createElement('section');
    root.className = 'map-pane';
    root.dataset.which = which;
    const title = document.createElement('h2');
    title.className = 'map-title';
    title.id = `map-title-${which}`;
    const role = document.createElement('span');
    role.className = 'map-title-role';
    role.textContent = which === 'scenario' ? 'Scenario' : 'Comparison';
    const name = document.createElement('span');
    name.className = 'map-title-name';
    const onDuty = document.createElement('span');
    onDuty.className = 'map-title-on-duty';
    title.append(role, name, onDuty);
    root.setAttribute('aria-labelledby', title.id);
    const container = document.createElement('div');
    container.className = 'map';
    if (which === 'scenario') container.id = 'map';
    root.append(title, container);
    if (which === 'scenario') el.panes.prepend(root);
    else el.panes.append(root);
    const view = createMapView({
      container, tooltipHost: root, tooltipId: which === 'scenario' ? 'zone-tooltip' : 'zone-tooltip-comparison',
      summary, basemapUrl, bounds: zoneBounds(summary), padding: PADDING, attribution: ATTRIBUTION,
      onBasemapError: options.onBasemapError,
      onClick: ({ zone, lngLat }) => {
        const placer = mode.placer();
        if (placer) placer.place(lngLat, zone);
        else if (zone !== null) {
          const id = summary.zones.ids[zone];
          store.set((s) => ({ ...s, view: { ...s.view, selectedZone: id } }), { undoable: false });
        }
      },
    });
    const hexagons = mountHexagonOverlay(ctx, which, view, hexExtent, () => render(false, true));
    const pane = { which, root, view, hexagons, name, onDuty };
    panes.push(pane);
    panes.sort((a, b) => (a.which === 'scenario' ? -1 : 1) - (b.which === 'scenario' ? -1 : 1));
    return pane;
  }

  function setCompare(on: boolean): void {
    const has = panes.some((p) => p.which === 'comparison');
    if (on === has) return;
    if (on) addPane('comparison');
    else {
      const i = panes.findIndex((p) => p.which === 'comparison');
      stale.delete(panes[i]);
      panes[i].hexagons.dispose();
      panes[i].view.destroy();
      panes[i].root.remove();
      panes.splice(i, 1);
    }
    document.body.classList.toggle('comparing', on);
    const bounds = zoneBounds(summary);
    for (const p of panes) {
      p.view.setPlaying(playing, panes.length);
      p.view.map.resize();
      p.view.map.fitBounds(bounds, { padding: PADDING, animate: false });
    }
    const views = panes.map((p) => p.view);
    for (const l of listeners) l(views);
  }

  /** `catchUp`: only draws maps left stale while playing; nothing new happened. */
  function render(immediateFigures = false, catchUp = false): void {
    const state = store.get();
    setCompare(state.view.compare);
    const colours = currentScale(state);
    const now = performance.now();
    if (!catchUp) for (const pane of panes) stale.add(pane);
    const paintMaps = !playing || now - lastPaint >= PLAYING_PAINT_MS;
    if (paintMaps) lastPaint = now;
    const title = MEASURE_INFO[state.view.measure].title.toLowerCase();
    const parts = [];
    for (const pane of panes) {
      const p = picture(pane.which, state, colours);
      if (paintMaps) {
        pane.view.paint(p);
        stale.delete(pane);
      }
      pane.name.textContent = state[pane.which].name;
      const label = `Map of ${state[pane.which].name}: zones coloured by ${title}`;
      // MapLibre's canvas is the map's region landmark: name it after what it shows, distinctly per map.
      const canvas = pane.view.map.getCanvas();
      if (canvas.getAttribute('aria-label') !== label) canvas.setAttribute('aria-label', label);
      const result = p.result;
      pane.onDuty.textContent = result ? `${formatCount(result.onDuty[state.view.slot])} officers on duty` : 'calculating…';
      if (p.selectedZone !== null) parts.push({ label: state.view.compare ? state[pane.which].name : '', content: zoneTooltipContent(p, p.selectedZone) });
    }
    // A map skipped (or waiting its turn) while playing is drawn a moment later.
    if (trailing !== null) clearTimeout(trailing);
    trailing = stale.size === 0 ? null : setTimeout(() => {
      trailing = null;
      render(false, true);
    }, Math.max(0, PLAYING_PAINT_MS - (performance.now() - lastPaint)) + 1);
    figures.show(parts.length > 0 ? parts : null, immediateFigures);
    const hexProblems = state.view.zones === 'hexagons' ? panes.flatMap((p) => p.hexagons.errors().map((e) => `${state[p.which].name}: ${e.message}`)) : [];
    runStatus.update(shown(state).map((w) => ({ label: state[w].name, run: results.get(w) })), hexProblems);
  }

  addPane('scenario');
  store.subscribe((state, previous) => {
    const selectionChanged = state.view.selectedZone !== previous.view.selectedZone || state.view.compare !== previous.view.compare;
    render(selectionChanged || state.scenario !== previous.scenario);
  });
  results.subscribe(() => render(true));
  dataset.subscribe((next) => {
    summary = next;
    stationMax = maxFootfall(next.stations);
    const bounds = zoneBounds(next);
    for (const p of panes) p.view.setDataset(next, bounds);
    render(true);
  });
  mode.subscribe(() => {
    const placer = mode.placer();
    el.prompt.hidden = placer === null;
    el.prompt.textContent = placer?.prompt ?? '';
    for (const p of panes) p.view.setCursor(placer ? 'crosshair' : '');
  });
  render(true);

  return {
    views: () => panes.map((p) => p.view),
    onViewsChange: (listener) => void listeners.push(listener),
    setBasemap(url) {
      basemapUrl = url;
      for (const p of panes) p.view.setBasemap(url);
    },
    setPlaying(on) {
      playing = on;
      for (const p of panes) p.view.setPlaying(on, panes.length);
      if (!on) render(false, true);
    },
  };
}

