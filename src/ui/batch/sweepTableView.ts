import type { SweepTable } from '../../engine/index.ts';
import { el } from '../dom.ts';
import { formatCount } from '../formatCount.ts';
import { sweepMeasure } from './sweepMeasures.ts';

/** Rows a page table shows; the rest are in the file. */
export const MAX_TABLE_ROWS = 200;

/** A sweep's runs as an HTML table: run, the varied values, the measures formatted for reading, the problem. Cells are text. */
export function sweepTableView(table: SweepTable): HTMLElement {
  const measures = table.columns.map(sweepMeasure);
  const head = el('tr', {}, [
    el('th', { text: 'Run', attrs: { scope: 'col' } }),
    ...table.paths.map((p) => el('th', { text: p, attrs: { scope: 'col' } })),
    ...measures.map((m) => el('th', { text: m.label, attrs: { scope: 'col' } })),
    el('th', { text: 'Problem', attrs: { scope: 'col' } }),
  ]);
  const rows = table.rows.slice(0, MAX_TABLE_ROWS).map((r) => el('tr', {}, [
    el('th', { text: String(r.run), attrs: { scope: 'row' } }),
    ...r.values.map((v) => el('td', { text: v })),
    ...r.measures.map((v, k) => el('td', { className: 'batch-number', text: v === null ? '' : measures[k].format(v) })),
    el('td', { text: r.problem }),
  ]));
  const view = el('div', { className: 'batch-table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-label': 'Runs of the sweep' } }, [
    el('table', { className: 'batch-table sweep-table' }, [el('thead', {}, [head]), el('tbody', {}, rows)]),
  ]);
  if (table.rows.length > MAX_TABLE_ROWS) {
    view.append(el('p', { className: 'batch-note', text: `The first ${MAX_TABLE_ROWS} of ${formatCount(table.rows.length)} runs; the chart shows them all.` }));
  }
  return view;
}
