import type { HeadlineFigure } from './headlineFigures.ts';

export interface HeadlineTable {
  element: HTMLElement;
  /** Shows the figures; the table's rows are built once and only their text changes afterwards. */
  update(figures: readonly HeadlineFigure[], slotLabel: string): void;
  clear(message: string): void;
}

/** "51,959 officer-hours": the number large, its unit in ordinary type after it. */
function setFigure(cell: HTMLTableCellElement, text: string): void {
  if (cell.dataset.text === text) return;
  cell.dataset.text = text;
  const space = text.indexOf(' ');
  const number = document.createElement('span');
  number.className = 'headline-number';
  number.textContent = space < 0 || /^(not|no) /.test(text) ? text : text.slice(0, space);
  cell.replaceChildren(number);
  if (space >= 0 && number.textContent !== text) cell.append(text.slice(space));
}

interface Row {
  label: HTMLTableCellElement;
  now: HTMLTableCellElement;
  week: HTMLTableCellElement;
}

/**
 * The headline numbers as a table that fits a narrow panel: each measure's name on a row of its own,
 * its values for the slot on screen and for the week on the row below (tied to both headers).
 */
export function headlineTable(): HeadlineTable {
  const section = document.createElement('section');
  section.className = 'insight-section insight-headlines';
  section.setAttribute('aria-labelledby', 'insight-headlines-title');
  const heading = document.createElement('h2');
  heading.id = 'insight-headlines-title';
  heading.textContent = 'Headline numbers';
  const table = document.createElement('table');
  table.className = 'headline-table';
  const head = table.createTHead().insertRow();
  const nowHeader = document.createElement('th');
  nowHeader.scope = 'col';
  nowHeader.id = 'headline-now';
  const weekHeader = document.createElement('th');
  weekHeader.scope = 'col';
  weekHeader.id = 'headline-week';
  weekHeader.textContent = 'Week';
  head.append(nowHeader, weekHeader);
  const body = table.createTBody();
  const note = document.createElement('p');
  note.className = 'insight-note';
  note.hidden = true;
  // The label titles say what each number means; this says it to keyboard and touch users too.
  const meanings = document.createElement('details');
  meanings.className = 'headline-meanings';
  const summary = document.createElement('summary');
  summary.textContent = 'What these numbers mean';
  const meaningList = document.createElement('dl');
  meanings.append(summary, meaningList);
  section.append(heading, table, note, meanings);
  let explained = '';

  const rows = new Map<string, Row>();
  function rowFor(key: string): Row {
    let row = rows.get(key);
    if (!row) {
      const labelRow = body.insertRow();
      labelRow.className = 'headline-label-row';
      labelRow.dataset.measure = key;
      const label = document.createElement('th');
      label.id = `headline-${key}`;
      label.colSpan = 2;
      labelRow.append(label);
      const valueRow = body.insertRow();
      valueRow.className = 'headline-value-row';
      valueRow.dataset.measure = key;
      const now = valueRow.insertCell();
      now.headers = `${label.id} ${nowHeader.id}`;
      const week = valueRow.insertCell();
      week.headers = `${label.id} ${weekHeader.id}`;
      row = { label, now, week };
      rows.set(key, row);
    }
    return row;
  }

  return {
    element: section,
    update(figures, slotLabel) {
      table.hidden = false;
      note.hidden = true;
      if (nowHeader.textContent !== slotLabel) nowHeader.textContent = slotLabel;
      for (const f of figures) {
        const row = rowFor(f.key);
        if (row.label.textContent !== f.label) row.label.textContent = f.label;
        if (row.label.title !== f.title) row.label.title = f.title;
        setFigure(row.now, f.now);
        setFigure(row.week, f.week);
      }
      const key = figures.map((f) => f.title).join('\n');
      if (key !== explained) {
        explained = key;
        meaningList.replaceChildren(
          ...figures.flatMap((f) => {
            const term = document.createElement('dt');
            term.textContent = f.label;
            const detail = document.createElement('dd');
            detail.textContent = f.title;
            return [term, detail];
          }),
        );
      }
    },
    clear(message) {
      table.hidden = true;
      note.textContent = message;
      note.hidden = false;
    },
  };
}
