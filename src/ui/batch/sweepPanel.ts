import { fileSlug, formatProblem, readSweepCsv, sweepCsv, type Scenario, type SweepRow, type SweepTable } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { downloadText } from '../dataTools/downloadText.ts';
import { button, el } from '../dom.ts';
import { formatCount } from '../formatCount.ts';
import type { BatchJob } from './batchJob.ts';
import { batchField, textInput } from './batchForm.ts';
import { batchProgress } from './batchProgress.ts';
import type { BatchSubpanel } from './batchSubpanel.ts';
import { lineChart } from './lineChart.ts';
import { MAX_APP_RUNS, planGrid, startGrid } from './sweepGridRuns.ts';
import { sweepMeasure } from './sweepMeasures.ts';
import { sweepSeries } from './sweepSeries.ts';
import { sweepTableView } from './sweepTableView.ts';

/** A sweep CSV larger than this is not read in the page. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const xNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

interface Shown {
  table: SweepTable;
  title: string;
  /** The CSV of a grid run here, for download (a loaded file is already on disk). */
  csv: string | null;
}

function defaultAxes(s: Scenario): [string, string] {
  const h = s.supply.headcount;
  return [`supply.headcount=${Math.max(0, h - 2000)}:${h + 2000}:1000`, 'method=fixed,follow-demand'];
}

/**
 * Sweeps in the app: load a sweep CSV (`npm run sweep`'s format, read as untrusted text and checked with
 * every problem named by line and column), or run a small grid of the planner's scenario in the workers;
 * either is shown as a chart of one measure against the first varied path, one line per value of the
 * second, and as a table.
 */
export function sweepPanel(ctx: AppContext): BatchSubpanel {
  const fileInput = el('input', { type: 'file', id: 'sweep-file', hidden: true, attrs: { accept: '.csv,text/csv' } });
  fileInput.tabIndex = -1;
  const load = button('Load sweep CSV', () => fileInput.click(), { className: 'batch-button batch-primary', id: 'sweep-load' });
  const loadNote = el('p', { className: 'batch-note', text: 'A file written by npm run sweep (or its --merge). Nothing is sent anywhere: the file is read in this page.' });
  const loadErrors = el('div', { className: 'batch-problem sweep-load-errors', attrs: { role: 'alert' }, hidden: true });
  const loadBox = el('div', { className: 'batch-group' }, [el('h4', { text: 'Load a sweep' }), loadNote, load, fileInput, loadErrors]);

  const [first, second] = defaultAxes(ctx.store.get().scenario);
  const axes = [
    batchField('sweep-vary-1', 'Vary', textInput(first, 'supply.headcount=26000:32000:1000'), 'PATH=a,b,c or PATH=from:to:step, any scenario field by its path.'),
    batchField('sweep-vary-2', 'And vary (optional)', textInput(second, 'method=fixed,follow-demand')),
  ];
  const response = el('input', { type: 'checkbox', id: 'sweep-response' });
  const responseRow = el('div', { className: 'batch-choice' }, [response, el('label', { htmlFor: response.id, text: 'Also run the response simulation (much slower)' })]);
  const gridError = el('p', { className: 'field-error batch-field-error', id: 'sweep-grid-error', hidden: true });
  const submit = el('button', { type: 'submit', className: 'batch-button batch-primary', text: 'Run grid' });
  const form = el('form', { className: 'batch-form', attrs: { novalidate: '' } }, [...axes.map((a) => a.root), responseRow, gridError, submit]);
  const gridBox = el('div', { className: 'batch-group' }, [
    el('h4', { text: 'Run a small grid' }),
    el('p', { className: 'batch-note', text: `Of the planner's scenario as it is now, at most ${MAX_APP_RUNS} runs, in the engine's workers. Larger grids: npm run sweep.` }),
    form,
  ]);
  const progress = batchProgress('sweep-progress', () => job?.cancel());
  const problem = el('p', { className: 'batch-problem', attrs: { role: 'alert' }, hidden: true });

  const resultTitle = el('h4', { id: 'sweep-result-title' });
  const measure = batchField('sweep-measure', 'Measure', el('select'));
  const chart = lineChart('sweep-chart');
  const chartNote = el('p', { className: 'batch-note', hidden: true });
  const tableHost = el('div');
  const download = button('Download sweep CSV', () => {
    if (shown?.csv) downloadText(shown.csv, `${fileSlug(ctx.store.get().scenario.name)}-sweep.csv`, 'text/csv');
  }, { className: 'batch-button' });
  const result = el('div', { className: 'sweep-result', hidden: true, attrs: { 'aria-labelledby': resultTitle.id, role: 'region' } }, [
    resultTitle, measure.root, chart.element, chartNote, tableHost, download,
  ]);

  const title = el('h3', { id: 'batch-sweep-title', text: 'Sweeps' });
  const element = el('section', { className: 'batch-view', id: 'batch-sweep', attrs: { 'aria-labelledby': title.id } }, [
    title, loadBox, gridBox, progress.element, problem, result,
  ]);

  let shown: Shown | null = null;
  let job: BatchJob<SweepRow[]> | null = null;

  function showProblem(text: string | null): void {
    problem.textContent = text ?? '';
    problem.hidden = text === null;
  }

  function show(next: Shown): void {
    shown = next;
    resultTitle.textContent = next.title;
    const columns = next.table.columns;
    const keep = measure.control.value;
    measure.control.replaceChildren(...columns.map((c, i) => el('option', { value: String(i), text: sweepMeasure(c).label })));
    const preferred = columns.indexOf('erlang_share_within_target');
    measure.control.value = keep !== '' && Number(keep) < columns.length ? keep : String(Math.max(0, preferred));
    tableHost.replaceChildren(sweepTableView(next.table));
    download.hidden = next.csv === null;
    result.hidden = false;
    drawChart();
  }

  function drawChart(): void {
    if (!shown) return;
    const { table } = shown;
    const k = Number(measure.control.value);
    const m = sweepMeasure(table.columns[k]);
    const series = sweepSeries(table, k);
    const rest = table.paths.slice(1);
    chart.draw({
      xLabel: series.xLabel,
      x: series.x.kind === 'number' ? { kind: 'number', format: (v) => xNumber.format(v) } : series.x,
      yLabel: m.axis,
      yFormat: m.format,
      lines: series.lines.map((l) => ({ label: l.label === '' ? m.label : l.label, points: l.points })),
      description: `${m.label} against ${series.xLabel}${rest.length > 0 ? `, one line per value of ${rest.join(' and ')}` : ''}, ${formatCount(table.rows.length)} runs.`,
    });
    const notes: string[] = [];
    if (series.runsWithout > 0) notes.push(`${formatCount(series.runsWithout)} runs have no figure for this measure (see their problem).`);
    if (series.linesLeftOut > 0) notes.push(`${formatCount(series.linesLeftOut)} more lines are not drawn; the table has every run.`);
    chartNote.textContent = notes.join(' ');
    chartNote.hidden = notes.length === 0;
  }

  async function readFile(file: File): Promise<void> {
    loadErrors.hidden = true;
    showProblem(null);
    const fail = (heading: string, lines: readonly string[]) => {
      loadErrors.replaceChildren(
        el('p', { className: 'batch-problem-title', text: heading }),
        el('p', { text: shown ? 'The sweep shown stays.' : 'Nothing was loaded.' }),
        el('ul', {}, lines.map((l) => el('li', { text: l }))),
      );
      loadErrors.hidden = false;
    };
    if (file.size > MAX_FILE_BYTES) return fail(`${file.name} was not loaded`, [`${file.name}: ${formatCount(file.size / 1024 / 1024)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a page reads; chart a part of it`]);
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return fail(`${file.name} was not loaded`, [`${file.name}: the file could not be read (${e instanceof Error ? e.message : String(e)})`]);
    }
    const read = readSweepCsv(text, file.name);
    if (!read.ok) {
      const n = read.problems.length;
      return fail(`${file.name} was not loaded: ${n === 1 ? 'a problem' : `${formatCount(n)} problems`}`, read.problems.map(formatProblem));
    }
    show({ table: read.table, title: `${file.name}: ${formatCount(read.table.rows.length)} runs`, csv: null });
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = ''; // the same file again, fixed, must fire 'change' again
    if (file) void readFile(file);
  });
  measure.control.addEventListener('change', () => ctx.frames.request(drawChart));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showProblem(null);
    for (const a of axes) a.setError(null);
    gridError.hidden = true;
    const base = ctx.store.get().scenario;
    const plan = planGrid(base, axes.map((a) => a.control.value));
    if (!plan.ok) {
      const general: string[] = [];
      for (const p of plan.problems) {
        if (p.axis === null) general.push(p.message);
        else axes[p.axis].setError(p.message);
      }
      gridError.textContent = general.join(' ');
      gridError.hidden = general.length === 0;
      return;
    }
    job?.cancel();
    const { grid } = plan;
    const withResponse = response.checked;
    const current = startGrid(ctx.engine, grid, { response: withResponse }, (done, total) => {
      if (job === current) ctx.frames.request(() => progress.show(`Run ${done} of ${total}`, done / total));
    });
    job = current;
    progress.show(`Run 0 of ${grid.count}`, 0);
    void current.done.then((outcome) => {
      if (job !== current) return;
      job = null;
      ctx.frames.request(() => progress.hide());
      if (!outcome.ok) {
        if (!outcome.cancelled) showProblem(`The grid stopped: ${outcome.message}`);
        return;
      }
      const paths = grid.axes.map((a) => a.path.text);
      // The same bytes as npm run sweep for this grid, read back as a loaded file would be.
      const csv = sweepCsv(paths, withResponse, outcome.value);
      const read = readSweepCsv(csv, 'grid');
      if (!read.ok) return showProblem(`The grid's results could not be read back: ${read.problems.map(formatProblem).join('; ')}`);
      show({ table: read.table, title: `Grid of "${base.name}": ${paths.join(' × ')}, ${formatCount(grid.count)} runs`, csv });
    });
  });

  ctx.dataset.subscribe(() => {
    if (!job) return;
    job.cancel();
    showProblem('The dataset changed while the grid ran, so it was stopped: run it again.');
  });
  const sizes = new ResizeObserver(() => chart.resize(chart.element.clientWidth));
  sizes.observe(chart.element);

  return { element, stop: () => job?.cancel() };
}
