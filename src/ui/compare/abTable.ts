import { slotLabel } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { el } from '../dom.ts';
import { abFigures, type AbRow } from './abFigures.ts';
import './compare.css';

const COLUMNS = [
  { id: 'ab-col-a', text: 'A' },
  { id: 'ab-col-b', text: 'B' },
  { id: 'ab-col-change', text: 'B \u2212 A' },
] as const;

interface Group {
  heading: HTMLTableCellElement;
  body: HTMLTableSectionElement;
  cells: Map<string, { label: HTMLTableCellElement; values: HTMLTableCellElement[]; rows: HTMLTableRowElement[] }>;
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * The compare panel's headline table: each headline measure for A (the scenario), B (the comparison)
 * and B − A, at the time on screen and over the week. Rows are built once; moving through time changes
 * their text only. Shown in compare mode (the insight panel's column).
 */
export function mountAbTable(ctx: AppContext, root: HTMLElement): void {
  const names = el('p', { className: 'ab-names' });
  const note = el('p', { className: 'insight-note', hidden: true });
  const table = el('table', { className: 'ab-table' });
  const head = table.createTHead().insertRow();
  head.append(...COLUMNS.map((c) => el('th', { id: c.id, text: c.text, attrs: { scope: 'col' } })));

  const group = (id: string): Group => {
    const body = table.createTBody();
    const heading = el('th', { id, attrs: { colspan: '3' } });
    body.insertRow().append(heading);
    body.rows[0].className = 'ab-group';
    return { heading, body, cells: new Map() };
  };
  const now = group('ab-now');
  const week = group('ab-week');

  const fill = (g: Group, rows: readonly AbRow[]) => {
    // A row that is not there now (the simulated share before both simulations have run) is hidden, not left stale.
    const keys = new Set(rows.map((r) => r.key));
    for (const [key, cells] of g.cells) if (!keys.has(key)) for (const r of cells.rows) r.hidden = true;
    for (const row of rows) {
      let cells = g.cells.get(row.key);
      if (!cells) {
        // The measure's name on a row of its own, its three figures on the row below: fits a narrow panel.
        const label = el('th', { id: `${g.heading.id}-${row.key}`, attrs: { colspan: '3' } });
        const labelRow = g.body.insertRow();
        labelRow.className = 'ab-label-row';
        labelRow.append(label);
        const values = COLUMNS.map((c) => el('td', { attrs: { headers: `${g.heading.id} ${label.id} ${c.id}` } }));
        const valueRow = g.body.insertRow();
        valueRow.className = 'ab-value-row';
        valueRow.dataset.measure = row.key;
        valueRow.append(...values);
        cells = { label, values, rows: [labelRow, valueRow] };
        g.cells.set(row.key, cells);
      }
      for (const r of cells.rows) r.hidden = false;
      setText(cells.label, row.label);
      [row.text.a, row.text.b, row.text.change].forEach((text, i) => setText(cells.values[i], text));
    }
  };

  const heading = el('h2', { id: 'compare-panel-title', text: 'A and B' });
  root.setAttribute('aria-labelledby', heading.id);
  root.replaceChildren(el('section', { className: 'insight-section' }, [heading, names, note, table]));

  function update(): void {
    const state = ctx.store.get();
    if (!state.view.compare) return;
    const n = ctx.dataset.current().zones.ids.length;
    const a = ctx.results.get('scenario');
    const b = ctx.results.get('comparison');
    setText(names, `A: ${state.scenario.name}. B: ${state.comparison.name}.`);
    const ready = a.result && b.result && a.result.n === n && b.result.n === n;
    table.hidden = !ready;
    note.hidden = !!ready;
    root.classList.toggle('is-stale', a.status !== 'ready' || b.status !== 'ready');
    if (!ready) {
      setText(note, 'Calculating…');
      return;
    }
    const ra = ctx.results.response('scenario').result;
    const rb = ctx.results.response('comparison').result;
    const simulated = ra && rb && ra.n === n && rb.n === n ? { a: ra, b: rb } : undefined;
    const figures = abFigures(a.result!, b.result!, state.view.slot, simulated);
    setText(now.heading, slotLabel(state.view.slot));
    setText(week.heading, 'The week');
    fill(now, figures.now);
    fill(week, figures.week);
  }

  const schedule = () => ctx.frames.request(update);
  ctx.store.subscribe(schedule);
  ctx.results.subscribe(schedule);
  update();
}
