import { EngineStopped, messageOf, parseOpeningHours, type FrontCounterFigures, type FrontCounterSetting } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { button, el } from '../dom.ts';
import { batchField, numberInput, textInput } from './batchForm.ts';
import { batchProgress } from './batchProgress.ts';
import type { BatchSubpanel } from './batchSubpanel.ts';
import { frontCounterRows, frontCounterSummary } from './frontCounterRows.ts';

/** The engine view of the panel's requests: a newer one cancels the older. */
const VIEW = 'batch-front-counter';
const WANDSWORTH = 'E09000032';
/** One-click examples from issue 12: Wandsworth's counter in 2015, and the pattern most London counters kept after March 2026. */
const EXAMPLES = [
  { label: 'Wandsworth, weekdays 9 to 5', opening: 'Mon-Fri 09:00-17:00' },
  { label: 'Wandsworth, the 2026 pattern', opening: 'Mon-Fri 10:00-22:00; Sat-Sun 09:00-19:00' },
] as const;
const DEFAULT_MIN_WINDOW = 240;

/**
 * Front-counter hours: for a zone (the one selected on the map, or one chosen here) and an opening
 * timetable typed as text, the shares of residents' waking hours at home and of people present inside
 * opening hours, and the best timetable with the same weekly hours, computed by the engine over the
 * scenario's run. A timetable that does not read is named at its field as it is typed.
 */
export function frontCounterPanel(ctx: AppContext): BatchSubpanel {
  const zone = batchField('front-counter-zone', 'Zone of the counter', el('select'));
  const opening = batchField('front-counter-opening', 'Opening hours', textInput('Mon-Fri 09:00-17:00', 'Mon-Fri 09:00-17:00; Sat 10:00-14:00'),
    'Days then a window, clauses separated by semicolons; times on 15-minute steps. Days not named are closed.');
  const minWindow = batchField('front-counter-window', 'Shortest opening window of the best timetable (minutes)',
    numberInput(String(DEFAULT_MIN_WINDOW), { min: 15, max: 1440, step: 15 }));
  const bestFor = batchField('front-counter-best-for', 'Best timetable for', el('select', {}, [
    el('option', { value: 'residents', text: 'Residents at home' }), el('option', { value: 'present', text: 'People present' }),
  ]));
  const submit = el('button', { type: 'submit', className: 'batch-button batch-primary', text: 'Show figures' });
  const form = el('form', { className: 'batch-form', attrs: { novalidate: '' } }, [zone.root, opening.root, minWindow.root, bestFor.root, submit]);
  const exampleButtons = EXAMPLES.map((x) => button(x.label, () => runExample(x.opening), { className: 'batch-button' }));
  const examples = el('div', { className: 'batch-examples', attrs: { role: 'group', 'aria-label': 'Examples' } }, [
    el('span', { text: 'Examples:' }), ...exampleButtons,
  ]);

  const progress = batchProgress('front-counter-progress', () => stop());
  const problem = el('p', { className: 'batch-problem', attrs: { role: 'alert' }, hidden: true });
  const resultTitle = el('h4', { id: 'front-counter-result-title' });
  const summary = el('div', { className: 'batch-answer', attrs: { 'aria-live': 'polite' } });
  const table = el('table', { className: 'batch-table front-counter-table' });
  const result = el('div', { className: 'front-counter-result', hidden: true }, [resultTitle, summary, table]);

  const title = el('h3', { id: 'batch-front-counter-title', text: 'Front-counter hours' });
  const intro = el('p', {
    className: 'batch-note',
    text: "How a police front counter's weekly opening hours fit the people of its zone: residents at home in waking hours " +
      '(07:00 to 23:00, from the presence model) and people present, against the best timetable with the same weekly hours.',
  });
  const element = el('section', { className: 'batch-view', id: 'batch-front-counter', attrs: { 'aria-labelledby': title.id } }, [
    title, intro, examples, form, progress.element, problem, result,
  ]);

  let running = 0;
  let shown: FrontCounterSetting | null = null;

  function stop(): void {
    ctx.engine.cancel(VIEW);
  }

  function fillZones(): void {
    const { ids, names } = ctx.dataset.current().zones;
    const keep = zone.control.value;
    const order = ids.map((_, i) => i).sort((a, b) => names[a].localeCompare(names[b], 'en-GB'));
    zone.control.replaceChildren(...order.map((i) => el('option', { value: ids[i], text: `${names[i]} (${ids[i]})` })));
    zone.control.value = ids.includes(keep) ? keep : ids.includes(WANDSWORTH) ? WANDSWORTH : (ids[order[0]] ?? '');
    for (const b of exampleButtons) b.hidden = !ids.includes(WANDSWORTH);
    examples.hidden = !ids.includes(WANDSWORTH);
  }

  /** The dataset zone of the zone selected on the map (a finer zone's borough), or null. */
  function selectedDatasetZone(): string | null {
    const { view } = ctx.store.get();
    if (view.selectedZone === null) return null;
    const ids = ctx.dataset.current().zones.ids;
    if (view.zones === 'boroughs') return ids.includes(view.selectedZone) ? view.selectedZone : null;
    const set = ctx.results.zoneSet(view.zones);
    const i = set ? set.ids.indexOf(view.selectedZone) : -1;
    return set && i >= 0 ? (ids[set.parent[i]] ?? null) : null;
  }

  function checkOpening(): boolean {
    const text = opening.control.value;
    const parsed = parseOpeningHours(text);
    opening.setError(parsed.ok ? null : parsed.message);
    return parsed.ok;
  }

  function readForm(): FrontCounterSetting | null {
    const okOpening = checkOpening();
    const minutes = Number(minWindow.control.value);
    const okWindow = minWindow.control.value.trim() !== '' && Number.isInteger(minutes) && minutes >= 15 && minutes <= 1440 && minutes % 15 === 0;
    minWindow.setError(okWindow ? null : 'whole minutes in 15-minute steps, from 15 to 1440');
    zone.setError(zone.control.value ? null : 'choose a zone');
    if (!okOpening || !okWindow || !zone.control.value) return null;
    return {
      name: 'Front counter', zone: zone.control.value, opening: opening.control.value.trim(), minWindowMinutes: minutes,
      bestFor: bestFor.control.value === 'present' ? 'present' : 'residents',
    };
  }

  function showProblem(text: string | null): void {
    problem.textContent = text ?? '';
    problem.hidden = text === null;
  }

  function show(f: FrontCounterFigures): void {
    resultTitle.textContent = `${f.zoneName} (${f.zoneId})`;
    summary.replaceChildren(...frontCounterSummary(f).map((s) => el('p', { text: s })));
    const cols = ['Timetable', 'Hours a week', "Residents' waking hours at home", "People present's waking hours", 'Residents away while open'];
    const head = el('tr', {}, cols.map((c) => el('th', { text: c, attrs: { scope: 'col' } })));
    const body = frontCounterRows(f).map((r) => el('tr', { attrs: { 'data-timetable': r.kind } }, [
      el('th', { attrs: { scope: 'row' } }, [el('span', { className: 'batch-row-kind', text: r.label }), el('span', { text: r.timetable })]),
      el('td', { text: r.hours }), el('td', { text: r.residents }), el('td', { text: r.present }), el('td', { text: r.away }),
    ]));
    table.replaceChildren(
      el('caption', { className: 'visually-hidden', text: 'Shares of waking hours inside opening hours, for the timetable given and the best one' }),
      el('thead', {}, [head]), el('tbody', {}, body),
    );
    result.hidden = false;
  }

  async function run(counter: FrontCounterSetting): Promise<void> {
    const id = ++running;
    showProblem(null);
    progress.show(`Assessing ${counter.opening}…`, null);
    let answer;
    try {
      answer = await ctx.engine.frontCounter(VIEW, ctx.store.get().scenario, counter);
    } catch (e) {
      answer = e instanceof EngineStopped ? e : new Error(messageOf(e));
    } finally {
      if (id === running) progress.hide();
    }
    if (id !== running) return;
    if (answer instanceof Error) return showProblem(answer.message);
    if (!answer.ok) {
      if (answer.cancelled) return;
      const fields: Record<string, (m: string) => void> = {
        'frontCounters[0].zone': (m) => zone.setError(m),
        'frontCounters[0].opening': (m) => opening.setError(m),
        'frontCounters[0].minWindowMinutes': (m) => minWindow.setError(m),
      };
      const general = answer.errors.filter((e) => !fields[e.path]);
      for (const e of answer.errors) fields[e.path]?.(e.message);
      if (general.length > 0) showProblem(`The scenario could not be run: ${general.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
      return;
    }
    shown = counter;
    show(answer.figures);
  }

  function runExample(text: string): void {
    zone.control.value = WANDSWORTH;
    opening.control.value = text;
    minWindow.control.value = String(DEFAULT_MIN_WINDOW);
    bestFor.control.value = 'residents';
    const counter = readForm();
    if (counter) void run(counter);
  }

  opening.control.addEventListener('input', checkOpening);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const counter = readForm();
    if (counter) void run(counter);
  });

  fillZones();
  const follow = () => {
    const z = selectedDatasetZone();
    if (z !== null) zone.control.value = z;
  };
  follow();
  ctx.store.subscribe((state, previous) => {
    if (state.view.selectedZone !== previous.view.selectedZone) follow();
  });
  ctx.dataset.subscribe(() => {
    fillZones();
    // Figures belong to the data they were computed on: ask again on the new data, if the zone is still there.
    result.hidden = true;
    if (shown && ctx.dataset.current().zones.ids.includes(shown.zone)) void run(shown);
  });

  return { element, stop };
}
