import type { Shift } from '../../../engine/index.ts';
import { clockOptions } from '../clockOptions.ts';
import { button, errorLine } from '../../dom.ts';
import { panelSection } from '../formFields.ts';
import { rebuildOnChange, type PanelContext, type PanelSection } from '../panelContext.ts';
import { addShift, removeShift, setShift } from '../scenarioEdits.ts';

const STARTS = clockOptions('start');

function cell(child: Node): HTMLTableCellElement {
  const td = document.createElement('td');
  td.append(child);
  return td;
}

/** The shift pattern as a table: name, start, hours and share of the week's hours; add and remove. */
export function shiftsSection(p: PanelContext): PanelSection {
  const { root, body } = panelSection('Shifts', 'shifts', 'shifts');
  const update = rebuildOnChange(
    body,
    () => JSON.stringify([p.target(), p.scenario().shifts]),
    () => {
      const shifts = p.scenario().shifts;
      const table = document.createElement('table');
      table.className = 'shift-table';
      const caption = document.createElement('caption');
      caption.textContent = 'Shares (%) of the week\u2019s officer-hours add up to 100.';
      const head = document.createElement('tr');
      for (const h of ['Name', 'Start', 'Hours', 'Share', 'Remove']) {
        const th = document.createElement('th');
        th.scope = 'col';
        if (h === 'Remove') {
          const hidden = document.createElement('span');
          hidden.className = 'visually-hidden';
          hidden.textContent = h;
          th.append(hidden);
        } else th.textContent = h;
        head.append(th);
      }
      const thead = document.createElement('thead');
      thead.append(head);
      const tbody = document.createElement('tbody');
      const commit = (i: number, patch: Partial<Shift>) => p.edit((s) => setShift(s, i, patch));
      shifts.forEach((shift, i) => {
        const label = `Shift ${i + 1}`;
        const name = document.createElement('input');
        name.type = 'text';
        name.id = `shift-${i}-name`;
        name.value = shift.name;
        name.setAttribute('aria-label', `${label} name`);
        name.addEventListener('change', () => name.value.trim() && commit(i, { name: name.value.trim() }));
        const start = document.createElement('select');
        start.id = `shift-${i}-start`;
        start.setAttribute('aria-label', `${label} start`);
        for (const [value, text] of STARTS) start.append(new Option(text, value));
        start.value = shift.start;
        start.addEventListener('change', () => commit(i, { start: start.value }));
        const hours = document.createElement('input');
        hours.type = 'number';
        hours.id = `shift-${i}-hours`;
        hours.min = '0.25';
        hours.max = '24';
        hours.step = '0.25';
        hours.value = String(shift.hours);
        hours.setAttribute('aria-label', `${label} hours`);
        hours.addEventListener('change', () => Number.isFinite(hours.valueAsNumber) && commit(i, { hours: hours.valueAsNumber }));
        const share = document.createElement('input');
        share.type = 'number';
        share.id = `shift-${i}-share`;
        share.min = '0';
        share.max = '100';
        share.step = 'any';
        share.value = String(Math.round(shift.share * 10000) / 100);
        share.setAttribute('aria-label', `${label} share of hours (%)`);
        share.addEventListener('change', () => Number.isFinite(share.valueAsNumber) && commit(i, { share: share.valueAsNumber / 100 }));
        const remove = button('\u00d7', () => p.edit((s) => removeShift(s, i)), { className: 'panel-button small icon-button', label: `Remove ${label} (${shift.name})` });
        remove.title = `Remove ${shift.name}`;
        remove.id = `shift-${i}-remove`;
        remove.disabled = shifts.length === 1;
        const row = document.createElement('tr');
        row.append(cell(name), cell(start), cell(hours), cell(share), cell(remove));
        const errorRow = document.createElement('tr');
        const errorCell = document.createElement('td');
        errorCell.colSpan = 5;
        const error = errorLine(`shift-${i}-error`, `shifts[${i}]`);
        errorCell.append(error);
        errorRow.append(errorCell);
        errorRow.className = 'shift-error-row';
        for (const input of [name, start, hours, share]) input.setAttribute('aria-describedby', error.id);
        tbody.append(row, errorRow);
      });
      table.append(caption, thead, tbody);
      const add = button('Add shift', () => p.edit(addShift));
      add.id = 'shift-add';
      return [table, add];
    },
  );
  return { root, update };
}
