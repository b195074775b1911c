import { checkScenario, fileSlug, frontierCsv, type Method } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { downloadText } from '../dataTools/downloadText.ts';
import { button, el } from '../dom.ts';
import { formatCount } from '../formatCount.ts';
import { formatPercent } from '../insight/formatFigure.ts';
import type { BatchJob } from './batchJob.ts';
import { batchField, choiceGroup, numberInput, setGroupError } from './batchForm.ts';
import { batchProgress } from './batchProgress.ts';
import type { BatchSubpanel } from './batchSubpanel.ts';
import { FRONTIER_PATH, startFrontier, type FrontierProgress, type FrontierRequest, type MethodFrontier } from './frontierRuns.ts';
import { frontierAnswer, frontierLines, METHOD_LABELS } from './frontierSeries.ts';
import { lineChart } from './lineChart.ts';

const METHODS: readonly Method[] = ['fixed', 'follow-demand', 'smoothed'];
/** The Met's target for immediate calls (docs/model.md): the default to search for. */
const DEFAULT_TARGET_PERCENT = 90;
/** Runs a London search takes per method (docs/batch.md: about 14), for the progress bar's estimate. */
const EXPECTED_RUNS = 15;

/**
 * The officers-for-a-target frontier: for each method the smallest headcount whose share of immediate
 * calls within target reaches the target (startFrontier, in the workers), drawn as share against
 * headcount with the target line, and the price of borough boundaries said in words.
 */
export function frontierPanel(ctx: AppContext): BatchSubpanel {
  const scenario = () => ctx.store.get().scenario;
  const targetMinutes = () => scenario().service?.targetMinutes ?? 15;

  const intro = el('p', { className: 'batch-note' });
  const target = batchField('frontier-target', 'Target share (%)', numberInput(String(DEFAULT_TARGET_PERCENT), { min: 1, max: 100, step: 0.1 }));
  const start = batchField('frontier-start', 'First headcount tried', numberInput(String(scenario().supply.headcount), { min: 0, max: 10_000_000, step: 1 }),
    'The search starts here and doubles its steps until it brackets the answer.');
  let startEdited = false;
  start.control.addEventListener('input', () => (startEdited = start.control.value.trim() !== ''));
  const methods = choiceGroup('Methods', 'checkbox', 'frontier-method', METHODS.map((m) => ({
    value: m, label: METHOD_LABELS[m], checked: true, hint: m === 'smoothed' ? 'Solves a linear programme per run: seconds each' : undefined,
  })));
  const measure = choiceGroup('Share of immediate calls within target', 'radio', 'frontier-measure', [
    { value: 'erlang', label: 'Erlang C', checked: true },
    { value: 'simulated', label: 'Simulated (lower bound of the 95% interval)', checked: false, hint: 'Runs the response simulation for every headcount: much slower' },
  ]);
  const submit = el('button', { type: 'submit', className: 'batch-button batch-primary', text: 'Find the frontier' });
  const form = el('form', { className: 'batch-form', attrs: { novalidate: '' } }, [target.root, start.root, methods.root, measure.root, submit]);

  const progress = batchProgress('frontier-progress', () => stop());
  const problem = el('p', { className: 'batch-problem', attrs: { role: 'alert' }, hidden: true });
  const answer = el('div', { className: 'batch-answer', id: 'frontier-answer', attrs: { 'aria-live': 'polite' } });
  const stale = el('p', { className: 'batch-note', hidden: true, text: 'The scenario or the dataset has changed since this search: find the frontier again to update it.' });
  const chart = lineChart('frontier-chart');
  const table = el('table', { className: 'batch-table frontier-table', hidden: true });
  const download = button('Download frontier CSV', () => {
    if (!shown) return;
    downloadText(frontierCsv(['method'], FRONTIER_PATH, shown.results), `${fileSlug(shown.request.base.name)}-frontier.csv`, 'text/csv');
  }, { className: 'batch-button' });
  download.hidden = true;

  const title = el('h3', { id: 'batch-frontier-title', text: 'Officers for a target' });
  const element = el('section', { className: 'batch-view', id: 'batch-frontier', attrs: { 'aria-labelledby': title.id } }, [
    title, intro, form, progress.element, problem, stale, answer, chart.element, table, download,
  ]);

  let job: BatchJob<MethodFrontier[]> | null = null;
  let shown: { request: FrontierRequest; results: MethodFrontier[]; dataset: unknown } | null = null;

  function stop(): void {
    job?.cancel();
  }

  function showProblem(text: string | null): void {
    problem.textContent = text ?? '';
    problem.hidden = text === null;
  }

  /** The request the form describes, or null with each problem shown at its field. */
  function readForm(): FrontierRequest | null {
    const percent = Number(target.control.value);
    const okTarget = target.control.value.trim() !== '' && percent > 0 && percent <= 100;
    target.setError(okTarget ? null : 'a share above 0% and at most 100%');
    const startText = start.control.value.trim();
    const first = startText === '' ? scenario().supply.headcount : Number(startText);
    const okStart = Number.isInteger(first) && first >= 0 && first <= 10_000_000;
    start.setError(okStart ? null : 'a whole number of officers from 0 to 10,000,000');
    const picked = methods.inputs.filter((i) => i.checked).map((i) => i.value as Method);
    setGroupError(methods.error, picked.length > 0 ? null : 'choose at least one method');
    if (!okTarget || !okStart || picked.length === 0) return null;
    const base = scenario();
    for (const m of picked) {
      const check = checkScenario({ ...base, method: m });
      if (!check.ok) {
        showProblem(`The scenario has problems to fix first: ${check.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
        return null;
      }
    }
    return { base, methods: picked, target: percent / 100, start: first, simulated: measure.inputs[1].checked };
  }

  let latest: { p: FrontierProgress; request: FrontierRequest } | null = null;
  /** Draws the latest progress: however many runs report within a frame, it is drawn once. */
  function paintProgress(): void {
    if (!latest || !job) return;
    const { p, request } = latest;
    const fraction = p.finished.reduce((sum, done, i) => sum + (done ? 1 : Math.min(0.9, p.evaluations[i] / EXPECTED_RUNS)), 0) / p.finished.length;
    const text = request.methods.map((m, i) => `${METHOD_LABELS[m]}: ${p.evaluations[i]} ${p.evaluations[i] === 1 ? 'run' : 'runs'}${p.finished[i] ? ', done' : ''}`).join(' · ');
    progress.show(`Searching… ${text}`, fraction);
  }
  function showProgress(p: FrontierProgress, request: FrontierRequest): void {
    latest = { p, request };
    ctx.frames.request(paintProgress);
  }

  function render(): void {
    if (!shown) {
      answer.replaceChildren();
      chart.clear();
      table.hidden = true;
      download.hidden = true;
      return;
    }
    const { request, results } = shown;
    const minutes = request.base.service?.targetMinutes ?? 15;
    const words = frontierAnswer(results, request.target, minutes);
    answer.replaceChildren(...words.sentences.map((s) => el('p', { text: s })));
    for (const r of results) {
      if (r.refused) answer.append(el('p', { className: 'batch-note', text: `${METHOD_LABELS[r.method]}: the engine refused ${r.refused}; counted as falling short of the target.` }));
      if (!r.monotone) answer.append(el('p', { className: 'batch-note', text: `${METHOD_LABELS[r.method]}: the share fell somewhere as the headcount grew, so a smaller headcount may also reach the target (docs/batch.md).` }));
    }
    const shareName = request.simulated ? 'Simulated share within target, lower 95% bound' : `Immediate calls within ${formatCount(minutes)} minutes (Erlang C)`;
    chart.draw({
      xLabel: 'Officers (headcount)',
      x: { kind: 'number', format: (v) => formatCount(v) },
      yLabel: request.simulated ? 'Simulated share, lower bound' : 'Share within target',
      yFormat: (v) => formatPercent(v, 0),
      lines: frontierLines(results, request.simulated),
      target: { y: request.target, label: `Target ${formatPercent(request.target)}` },
      description: `${shareName} against headcount for ${results.map((r) => METHOD_LABELS[r.method]).join(', ')}. ${words.sentences.join(' ')}`,
    });
    const head = el('tr', {}, ['Method', 'Smallest headcount', 'Share there', 'Runs'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })));
    const rows = results.map((r) => {
      const share = r.at ? (request.simulated ? `${formatPercent(r.at.share)} (${formatPercent(r.at.low ?? NaN)} to ${formatPercent(r.at.high ?? NaN)})` : formatPercent(r.at.share)) : '';
      return el('tr', { attrs: { 'data-method': r.method } }, [
        el('th', { text: METHOD_LABELS[r.method], attrs: { scope: 'row' } }),
        el('td', { text: r.value === null ? 'not reached' : formatCount(r.value) }),
        el('td', { text: share }),
        el('td', { text: String(r.points.length) }),
      ]);
    });
    table.replaceChildren(el('caption', { className: 'visually-hidden', text: 'The frontier of each method' }), el('thead', {}, [head]), el('tbody', {}, rows));
    table.hidden = false;
    download.hidden = false;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showProblem(null);
    const request = readForm();
    if (!request) return;
    job?.cancel();
    const current = startFrontier(ctx.engine, request, (p) => {
      if (job === current) showProgress(p, request);
    });
    job = current;
    showProgress({ evaluations: request.methods.map(() => 0), finished: request.methods.map(() => false) }, request);
    void current.done.then((outcome) => {
      if (job !== current) return; // a newer search replaced this one
      job = null;
      ctx.frames.request(() => progress.hide());
      if (outcome.ok) {
        shown = { request, results: outcome.value, dataset: ctx.dataset.current() };
        ctx.frames.request(render);
        ctx.frames.request(describe);
      } else if (!outcome.cancelled) {
        showProblem(`The frontier search stopped: ${outcome.message}`);
      }
    });
  });

  const describe = () => {
    const s = scenario();
    intro.textContent = `For each method, the smallest headcount whose share of immediate calls answered within ${formatCount(targetMinutes())} minutes ` +
      `reaches the target, in the scenario "${s.name}" as it is now (the search runs in the engine's workers). What fixed borough lines need beyond ` +
      'another method is the price of borough boundaries.';
    if (!startEdited) start.control.value = String(s.supply.headcount);
    stale.hidden = !shown || (shown.request.base === s && shown.dataset === ctx.dataset.current());
  };
  describe();
  ctx.store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario) ctx.frames.request(describe);
  });
  ctx.dataset.subscribe(() => {
    // Runs already made were on the old data: a search cannot go on across datasets.
    if (job) {
      stop();
      showProblem('The dataset changed during the search, so it was stopped: find the frontier again.');
    }
    ctx.frames.request(describe);
  });
  const sizes = new ResizeObserver(() => chart.resize(chart.element.clientWidth));
  sizes.observe(chart.element);

  return { element, stop };
}
