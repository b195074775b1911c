// Compare mode's difference map (src/ui/compare/differenceFrame.ts) derives on top of the map frame.
import { createCompareFrames, type CompareFrame } from '../compare/differenceFrame.ts';
import { renderDifferenceLegend } from '../compare/differenceLegend.ts';
import type { AppContext } from '../app/appContext.ts';
import type { Which } from '../state/appState.ts';
import { createMapView, type MapView } from './createMapView.ts';
import { handleMapClick } from './handleMapClick.ts';
import { createFinerOverlay, type FinerOverlay } from './finerOverlay.ts';
import { renderLegend } from './legend.ts';
import type { MapFrame, PaneFrame } from './mapFrame.ts';
import { createRunStatus } from './runStatus.ts';
import { zoneBounds } from './zoneBounds.ts';
import { createZoneFiguresCard } from './zoneFiguresCard.ts';
import './map.css';

export interface MapAreaElements {
  panes: HTMLElement;
  legend: HTMLElement;
  figures: HTMLElement;
  runStatus: HTMLElement;
  prompt: HTMLElement;
  /** The difference map's legend (compare mode, "Difference between scenarios"). */
  differenceLegend: HTMLElement;
}

export interface MapArea {
  /** The maps on screen: the scenario's, then the comparison's in compare mode. */
  views(): MapView[];
  /** Called with the map views whenever compare mode adds or takes one away. */
  onViewsChange(listener: (views: MapView[]) => void): void;
  setBasemap(url: string): void;
  /** Whether every map shows the latest result of what it draws (for tests and the browser bench). */
  upToDate(): boolean;
  /** The frame last drawn (what the recorder burns into a video frame), or null before the first. */
  frame(): CompareFrame | null;
}

const ROLES: Record<PaneFrame['which'], string> = { scenario: 'Scenario', comparison: 'Comparison', difference: 'Difference' };

interface Pane {
  which: Which | 'difference';
  root: HTMLElement;
  view: MapView;
  finer: FinerOverlay;
  name: HTMLElement;
  onDuty: HTMLElement;
  /** What this pane last drew, so unchanged maps are not painted again. */
  drawn: MapFrame['panes'][number] | null;
}

const PADDING = { top: 48, right: 48, bottom: 16, left: 16 };
/**
 * While the week plays the maps redraw at most this often (the clock and titles follow every step):
 * at 8x the slot moves 32 times a second, and on software WebGL each map frame is costly.
 */
const PLAYING_PAINT_MS = 100;
const ATTRIBUTION = 'Boundaries: vega-datasets (Open Government Licence)';
const PROMPTS = { event: 'Click the map where the event is. Press Escape to cancel.' } as const;

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * The map frame: one map, or the scenario's and the comparison's side by side, on one colour scale
 * (spanning the week and both scenarios), with the legend, the selected zone's figures and the run
 * status. Everything drawn comes from one derived MapFrame per animation frame.
 */
export function mountMapArea(
  ctx: AppContext,
  el: MapAreaElements,
  options: { basemapUrl: string; onBasemapError(message: string): void },
): MapArea {
  const { store, results, dataset, frames } = ctx;
  let basemapUrl = options.basemapUrl;
  const panes: Pane[] = [];
  const listeners: ((views: MapView[]) => void)[] = [];
  const runStatus = createRunStatus(el.runStatus);
  const figures = createZoneFiguresCard(el.figures);
  const derive = createCompareFrames();
  let summary = dataset.current();
  let legendScale: unknown = null;
  let legendKey = '';
  let lastPaint = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | null = null;
  let playing = false;
  let latest: CompareFrame | null = null;
  let figuresKey: unknown[] = [];

  function addPane(which: Which | 'difference'): Pane {
    const root = document.createElement('section');
    root.className = 'map-pane';
    root.dataset.which = which;
    const title = document.createElement('h2');
    title.className = 'map-title';
    title.id = `map-title-${which}`;
    const role = document.createElement('span');
    role.className = 'map-title-role';
    role.textContent = ROLES[which];
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
      container, tooltipHost: root, tooltipId: which === 'scenario' ? 'zone-tooltip' : `zone-tooltip-${which}`,
      summary, basemapUrl, bounds: zoneBounds(summary), padding: PADDING, attribution: ATTRIBUTION,
      onBasemapError: options.onBasemapError,
      onClick: (click) => handleMapClick(store, dataset.current(), results, click),
    });
    const pane: Pane = { which, root, view, finer: createFinerOverlay(view), name, onDuty, drawn: null };
    panes.push(pane);
    panes.sort((a, b) => (a.which === 'scenario' ? -1 : 1) - (b.which === 'scenario' ? -1 : 1));
    return pane;
  }

  function setCompare(on: boolean): void {
    const has = panes.some((p) => p.which === 'comparison');
    if (on === has) return;
    if (on) addPane('comparison');
    else removePane(panes.findIndex((p) => p.which === 'comparison'));
    document.body.classList.toggle('comparing', on);
    panesChanged();
  }

  function removePane(i: number): void {
    panes[i].finer.dispose();
    panes[i].view.destroy();
    panes[i].root.remove();
    panes.splice(i, 1);
  }

  /** After a pane came or went: every map fits its new size and shows all the zones; listeners hear of it. */
  function panesChanged(): void {
    const bounds = zoneBounds(summary);
    for (const p of panes) {
      p.view.setPlaying(playing, panes.length);
      p.view.map.resize();
      p.view.map.fitBounds(bounds, { padding: PADDING, animate: false });
    }
    const views = panes.map((p) => p.view);
    for (const l of listeners) l(views);
  }

  /** The third map, of the comparison minus the scenario, after the two (it exists only in compare mode). */
  function setDifference(on: boolean): void {
    const i = panes.findIndex((p) => p.which === 'difference');
    if (on === i >= 0) return;
    if (on) addPane('difference');
    else removePane(i);
    document.body.classList.toggle('with-difference', on);
    panesChanged();
  }

  /** The difference map drew the weeks the scenario's and comparison's maps drew. */
  function differenceUpToDate(drawn: PaneFrame | null): boolean {
    const [a, b] = panes.map((p) => p.drawn);
    const week = (drawn?.finer ?? drawn?.zones)?.figures.week as { a?: unknown; b?: unknown } | null | undefined;
    return !!week && week.a === (a?.finer ?? a?.zones)?.figures.week && week.b === (b?.finer ?? b?.zones)?.figures.week;
  }

  function draw(): void {
    const state = store.get();
    setCompare(state.view.compare);
    setDifference(state.view.compare && state.view.measure === 'difference');
    if (state.session.playing !== playing) {
      playing = state.session.playing;
      for (const p of panes) p.view.setPlaying(playing, panes.length);
    }
    const frame = derive({ state, results, summary });
    latest = frame;
    const now = performance.now();
    const paintMaps = !playing || now - lastPaint >= PLAYING_PAINT_MS;
    let stale = false;
    frame.panes.forEach((picture, i) => {
      const pane = panes[i];
      setText(pane.name, picture.name);
      setText(pane.onDuty, picture.onDuty);
      const canvas = pane.view.map.getCanvas();
      if (canvas.getAttribute('aria-label') !== picture.label) canvas.setAttribute('aria-label', picture.label);
      if (!paintMaps) {
        stale = true;
        return;
      }
      pane.view.paint(picture.zones);
      pane.finer.paint(picture.finer);
      pane.drawn = picture;
    });
    if (paintMaps) lastPaint = now;
    // A map skipped while playing is drawn a moment later.
    if (trailing !== null) clearTimeout(trailing);
    trailing = stale ? setTimeout(() => {
      trailing = null;
      frames.request(draw);
    }, PLAYING_PAINT_MS) : null;

    const key = JSON.stringify({ ...frame.legend, measure: frame.measure });
    if (frame.scale !== legendScale || key !== legendKey) {
      legendScale = frame.scale;
      legendKey = key;
      renderLegend(el.legend, frame.measure, frame.scale, frame.legend);
      el.legend.hidden = false;
    }
    renderDifferenceLegend(el.differenceLegend, frame.difference);
    // The figures card is a live region: only moving through time is batched, anything else shows at once.
    const shownKey = [state.view.selectedZone, state.view.compare, state.view.measure, state.view.differenceOf, ...frame.panes.map((p) => p.zones.figures.week)];
    figures.show(frame.selectedFigures, shownKey.some((k, i) => k !== figuresKey[i]));
    figuresKey = shownKey;
    runStatus.update(frame.runs, frame.finerProblems);
    const placing = state.session.placing;
    el.prompt.hidden = placing === null;
    setText(el.prompt, placing ? PROMPTS[placing] : '');
    for (const p of panes) p.view.setCursor(placing ? 'crosshair' : '');
  }

  const request = () => frames.request(draw);
  addPane('scenario');
  store.subscribe(request);
  results.subscribe(request);
  dataset.subscribe((next) => {
    summary = next;
    const bounds = zoneBounds(next);
    for (const p of panes) p.view.setDataset(next, bounds);
    request();
  });
  draw();

  return {
    views: () => panes.map((p) => p.view),
    onViewsChange: (listener) => void listeners.push(listener),
    setBasemap(url) {
      basemapUrl = url;
      for (const p of panes) p.view.setBasemap(url);
    },
    frame: () => latest,
    upToDate() {
      const state = store.get();
      if (!latest || latest.panes.length !== panes.length) return false;
      return panes.every((p) => {
        const drawn = p.drawn;
        if (p.which === 'difference') return differenceUpToDate(drawn);
        const zones = results.get(p.which);
        const finer = results.finer(p.which);
        if (!drawn || zones.status !== 'ready' || zones.resultFor !== state[p.which] || drawn.zones.figures.week?.officersWhole !== zones.result?.officersWhole) return false;
        if (state.view.zones === 'boroughs') return true;
        return finer.status === 'ready' && finer.kind === state.view.zones && finer.resultFor === state[p.which] && drawn.finer?.figures.week === finer.result;
      });
    },
  };
}
