import { DAY_NAMES, dayOfSlot, SLOTS_PER_DAY, slotLabel, type ScenarioResult } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { el, section } from '../dom.ts';
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
import { zoneDaySeries } from './zoneDaySeries.ts';
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
  const select = (zone: string | null) => setView(ctx.store, { selectedZone: zone });

  const note = runNote();
  const headlines = headlineTable();
  const invite = el('p', {
    className: 'insight-note',
    text: 'Click a zone on the map, or choose one in the Zone list below the map, to see its day and why it has its officers.',
  });
  const dayTitle = el('h3', { id: 'zone-day-title' });
  const chart = zoneDayChart();
  const why = explanationPanel((zone, slot) => ctx.results.explain('scenario', zone, slot));
  const zoneParts = el('div', {}, [dayTitle, chart.element, why.element]);
  const zone = section('insight-zone-section', 'Selected zone', { className: 'insight-section', children: [invite, zoneParts] }).root;
  const barsSubtitle = el('p', { className: 'insight-note' });
  const bars = changeBars((z) => select(ctx.dataset.current().zones.ids[z] ?? null));
  const ranked = section('insight-bars-section', 'Change against fixed', { className: 'insight-section', children: [barsSubtitle, bars.element] }).root;
  element.append(note.element, headlines.element, zone, ranked);

  // Derived once per run: which zones are policed, and a bar scale that holds all week.
  let perRun: { result: ScenarioResult; policed: number[]; range: { min: number; max: number } } | null = null;
  let drawn = { result: null as ScenarioResult | null, zone: -1, day: -1 };

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
    const z = state.view.selectedZone === null ? -1 : ids.indexOf(state.view.selectedZone);
    invite.hidden = z >= 0;
    zoneParts.hidden = z < 0 || result === null;

    if (!result) {
      headlines.clear(run.status === 'running' ? 'Calculating…' : 'No results for this scenario yet.');
      why.show(null, 0);
      ranked.hidden = true;
      return;
    }
    const label = slotLabel(slot);
    headlines.update(headlineFigures(result, slot, state.scenario.service?.targetMinutes ?? 15), label);

    if (z >= 0) {
      const day = dayOfSlot(slot);
      if (drawn.result !== result || drawn.zone !== z || drawn.day !== day) {
        const series = zoneDaySeries(result, z, day);
        dayTitle.textContent = `${names[z]} on ${DAY_NAMES[day]}`;
        chart.draw(series, dayCurveLabel(names[z], day, series));
        drawn = { result, zone: z, day };
      }
      chart.mark(slot % SLOTS_PER_DAY);
      // Asking now would run the scenario a second time in another worker: wait for the run instead.
      if (run.status === 'running') why.hold(names[z], label);
      else why.show(
        { zone: ids[z], zoneName: names[z], slot, slotLabel: label, scenario: state.scenario, dataset: summary, result },
        playing ? PLAYING_MS : 50,
      );
    } else {
      why.show(null, 0);
    }

    if (perRun?.result !== result) perRun = { result, policed: policedZones(result), range: changeRange(result) };
    const ranking = changeRanking(result, slot, perRun.policed);
    ranked.hidden = false;
    barsSubtitle.textContent = `Officers at ${label} against the fixed model, largest gain first. Bars right of the line: more officers; left: fewer.`;
    bars.update(ranking, names, perRun.range, z >= 0 ? z : null, changeBarsLabel(ranking, names, label));
  }

  // Several changes in one frame (state and results) draw once.
  const schedule = () => ctx.frames.request(update);
  // Charts are laid out in CSS pixels so their type stays the size the stylesheet asks for.
  const sizes = new ResizeObserver(() => {
    chart.resize(chart.element.clientWidth);
    bars.resize(bars.element.clientWidth);
  });
  sizes.observe(chart.element);
  sizes.observe(bars.element);
  ctx.store.subscribe(schedule);
  ctx.results.subscribe(schedule);
  ctx.dataset.subscribe(schedule);
  update();
}
