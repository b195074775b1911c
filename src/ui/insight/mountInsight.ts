import { DAY_NAMES, dayOfSlot, SLOTS_PER_DAY, slotLabel, type ResponseResult, type ScenarioResult } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { el, section } from '../dom.ts';
import type { AppState } from '../state/appState.ts';
import { setView } from '../state/viewActions.ts';
import { changeBars } from './changeBars.ts';
import { changeBarsLabel } from './changeBarsLabel.ts';
import { changeRange, changeRanking, policedZones } from './changeRanking.ts';
import { dayCurveLabel } from './dayCurveLabel.ts';
import { explanationPanel } from './explanationPanel.ts';
import { headlineFigures } from './headlineFigures.ts';
import { headlineTable } from './headlineTable.ts';
import { runNote } from './runNote.ts';
import { zoneDayChart } from './zoneDayChart.ts';
import { responseDayChart, responseDayLabel, responseDaySeries } from './responseDayChart.ts';
import { responseSections } from './responseSections.ts';
import { zoneDaySeries, type ZoneDayWeek } from './zoneDaySeries.ts';
import './insight.css';

/** While playing, "Why this number?" asks the engine only once the slot has stayed this long. */
const PLAYING_MS = 600;

/**
 * The insight panel: headline numbers, the selected zone's day and "Why this number?", and the ranked
 * change against fixed. Everything is derived from the store's state and the scenario's latest result;
 * moving the slot only changes text and attributes of nodes built once.
 */
export function mountInsight(ctx: AppContext, element: HTMLElement): void {
  element.classList.add('insight');

  const note = runNote();
  const headlines = headlineTable();
  const invite = el('p', {
    className: 'insight-note',
    text: 'Click a zone on the map, or choose one in the Zone list below the map, to see its day and why it has its officers.',
  });
  const dayTitle = el('h3', { id: 'zone-day-title' });
  const chart = zoneDayChart();
  const why = explanationPanel((zone, slot) => ctx.results.explain('scenario', zone, slot));
  const responseTitle = el('h3', { id: 'response-day-title', text: 'Immediate calls: response time (simulated)' });
  const responseChart = responseDayChart();
  const responsePart = el('div', { className: 'response-day', hidden: true }, [responseTitle, responseChart.element]);
  const zoneParts = el('div', {}, [dayTitle, chart.element, responsePart, why.element]);
  const zone = section('insight-zone-section', 'Selected zone', { className: 'insight-section', children: [invite, zoneParts] }).root;
  const barsSubtitle = el('p', { className: 'insight-note' });
  // A bar picks its borough, and shows the map on boroughs with it selected.
  const bars = changeBars((z) => setView(ctx.store, { zones: 'boroughs', selectedZone: ctx.dataset.current().zones.ids[z] ?? null }));
  const ranked = section('insight-bars-section', 'Change against fixed', { className: 'insight-section', children: [barsSubtitle, bars.element] }).root;
  element.append(note.element, headlines.element, zone, ranked);

  /** The response figures of a zone and slot, kept while they are asked for again (the panel compares by identity). */
  let responseMemo: { key: unknown[]; sections: ReturnType<typeof responseSections> } | null = null;
  const responseOf = (response: ResponseResult, zone: number, slot: number, label: string) => {
    const key = [response, zone, slot];
    if (!responseMemo || key.some((k, i) => k !== responseMemo!.key[i])) responseMemo = { key, sections: responseSections(response, zone, slot, label) };
    return responseMemo.sections;
  };

  /** One week object per run, so the chart redraws only when the run changes. */
  const weeks = new WeakMap<ScenarioResult, ZoneDayWeek>();
  const weekOf = (result: ScenarioResult, week: ZoneDayWeek) => {
    const kept = weeks.get(result);
    if (kept) return kept;
    weeks.set(result, week);
    return week;
  };

  // Derived once per run: which zones are policed, and a bar scale that holds all week.
  let perRun: { result: ScenarioResult; policed: number[]; range: { min: number; max: number } } | null = null;
  let drawn = { week: null as object | null, zone: -1, day: -1 };
  let drawnResponse = { response: null as ResponseResult | null, zone: -1, day: -1 };

  function update(): void {
    const state = ctx.store.get();
    const run = ctx.results.get('scenario');
    const summary = ctx.dataset.current();
    const { ids, names } = summary.zones;
    const slot = state.view.slot;
    const playing = state.session.playing;

    const result = run.result && run.result.n === ids.length ? run.result : null;
    note.update(run, result !== null);
    element.classList.toggle('is-stale', run.status !== 'ready');
    const shown = selectedZone(state, result);
    const z = shown?.index ?? -1;
    invite.hidden = z >= 0;
    zoneParts.hidden = z < 0 || result === null;

    if (!result) {
      headlines.clear(run.status === 'running' ? 'Calculating…' : 'No results for this scenario yet.');
      why.show(null, 0);
      ranked.hidden = true;
      return;
    }
    const label = slotLabel(slot);
    const simulated = ctx.results.response('scenario');
    const response = simulated.result && simulated.resultFor === run.resultFor ? simulated.result : null;
    headlines.update(headlineFigures(result, slot, state.scenario.service?.targetMinutes ?? 15, response), label);

    if (shown) {
      const day = dayOfSlot(slot);
      const name = shown.names[z];
      if (drawn.week !== shown.week || drawn.zone !== z || drawn.day !== day) {
        const series = zoneDaySeries(shown.week, z, day);
        dayTitle.textContent = `${name} on ${DAY_NAMES[day]}`;
        chart.draw(series, dayCurveLabel(name, day, series));
        drawn = { week: shown.week, zone: z, day };
      }
      chart.mark(slot % SLOTS_PER_DAY);
      // The response band: the simulation runs on the dataset's own zones.
      const band = state.view.zones === 'boroughs' && response ? response : null;
      responsePart.hidden = band === null;
      if (band && (drawnResponse.response !== band || drawnResponse.zone !== z || drawnResponse.day !== day)) {
        const series = responseDaySeries(band, z, day);
        responseChart.draw(series, responseDayLabel(name, series));
        drawnResponse = { response: band, zone: z, day };
      }
      if (band) responseChart.mark(slot % SLOTS_PER_DAY);
      // Asking now would run the scenario a second time in another worker: wait for the run instead.
      if (shown.running) why.hold(name, label);
      else why.show(
        {
          zone: shown.ids[z], zoneName: name, slot, slotLabel: label, scenario: state.scenario, dataset: summary, result: shown.week,
          response: shown.borough !== null && state.view.zones === 'boroughs' && response ? responseOf(response, z, slot, label) : null,
        },
        playing ? PLAYING_MS : 50,
      );
    } else {
      why.show(null, 0);
    }

    if (perRun?.result !== result) perRun = { result, policed: policedZones(result), range: changeRange(result) };
    const ranking = changeRanking(result, slot, perRun.policed);
    ranked.hidden = false;
    barsSubtitle.textContent = `Officers at ${label} against the fixed model, largest gain first. Bars right of the line: more officers; left: fewer.`;
    bars.update(ranking, names, perRun.range, shown?.borough ?? null, changeBarsLabel(ranking, names, label));
  }

  /**
   * The zone selected in the zone set shown, with the week its chart is drawn from: the scenario's run
   * on the dataset's zones, or on the finer zones (MSOAs, hexagons) once that run has arrived.
   */
  function selectedZone(state: AppState, result: ScenarioResult | null) {
    const id = state.view.selectedZone;
    if (id === null || !result) return null;
    if (state.view.zones === 'boroughs') {
      const { ids, names } = ctx.dataset.current().zones;
      const index = ids.indexOf(id);
      const week = { n: result.n, present: result.inputs.present, officersWhole: result.officersWhole, fixedWhole: result.fixedWhole };
      return index < 0 ? null : { index, ids, names, week: weekOf(result, week), borough: index, running: ctx.results.get('scenario').status === 'running' };
    }
    const set = ctx.results.zoneSet(state.view.zones);
    const run = ctx.results.finer('scenario');
    const index = set ? set.ids.indexOf(id) : -1;
    if (!set || index < 0 || !run.result || run.kind !== state.view.zones || run.result.n !== set.ids.length) return null;
    return { index, ids: set.ids, names: set.names, week: run.result, borough: set.parent[index], running: run.status === 'running' };
  }

  // Several changes in one frame (state and results) draw once.
  const schedule = () => ctx.frames.request(update);
  // Charts are laid out in CSS pixels so their type stays the size the stylesheet asks for.
  const sizes = new ResizeObserver(() => {
    chart.resize(chart.element.clientWidth);
    responseChart.resize(responseChart.element.clientWidth);
    bars.resize(bars.element.clientWidth);
  });
  sizes.observe(chart.element);
  sizes.observe(responseChart.element);
  sizes.observe(bars.element);
  ctx.store.subscribe(schedule);
  ctx.results.subscribe(schedule);
  ctx.dataset.subscribe(schedule);
  update();
}
