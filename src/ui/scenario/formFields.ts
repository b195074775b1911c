import { el, errorLine, labelled, section } from '../dom.ts';

/**
 * Labelled form controls for the scenario panel. A control with a `path` gets an error line the
 * panel fills with the engine's message for that field (aria-describedby points at it).
 */
export interface Field<E extends HTMLElement = HTMLElement> {
  root: HTMLElement;
  control: E;
}

let serial = 0;

/** A labelled control with an optional hint and error line, both named by aria-describedby. */
function wrap(id: string, labelText: string, control: HTMLElement, path: string | undefined, hint?: string): HTMLElement {
  const root = labelled(id, labelText, control, 'field');
  const described: string[] = [];
  if (hint) {
    const p = el('p', { className: 'field-hint', id: `${id}-hint`, text: hint });
    root.append(p);
    described.push(p.id);
  }
  if (path !== undefined) {
    const error = errorLine(`${id}-error`, path);
    root.append(error);
    described.push(error.id);
  }
  if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
  return root;
}

export interface NumberFieldOptions {
  id?: string;
  label: string;
  value: number | undefined;
  path?: string;
  min?: number;
  max?: number;
  step?: number | 'any';
  hint?: string;
  /** Empty is allowed and means "none" (undefined). */
  optional?: boolean;
  /** Called on change (Enter or leaving the field) with a valid number, or undefined when emptied. */
  onCommit(value: number | undefined): void;
}

/** A number input that commits on change, not on each keystroke; it says so when the text is not a number. */
export function numberField(o: NumberFieldOptions): Field<HTMLInputElement> {
  const input = document.createElement('input');
  input.type = 'number';
  input.inputMode = 'decimal';
  if (o.min !== undefined) input.min = String(o.min);
  if (o.max !== undefined) input.max = String(o.max);
  input.step = String(o.step ?? 'any');
  input.value = o.value === undefined ? '' : String(o.value);
  if (o.optional) input.placeholder = 'none';
  const root = wrap(o.id ?? `field-${++serial}`, o.label, input, o.path, o.hint);
  input.addEventListener('change', () => {
    const text = input.value.trim();
    if (text === '') {
      if (o.optional) o.onCommit(undefined);
      else input.value = o.value === undefined ? '' : String(o.value);
      return;
    }
    const value = Number(text);
    if (Number.isFinite(value)) o.onCommit(value);
  });
  return { root, control: input };
}

export function textField(o: { id?: string; label: string; value: string; path?: string; onCommit(value: string): void }): Field<HTMLInputElement> {
  const input = document.createElement('input');
  input.type = 'text';
  input.value = o.value;
  input.autocomplete = 'off';
  const root = wrap(o.id ?? `field-${++serial}`, o.label, input, o.path);
  input.addEventListener('change', () => {
    const text = input.value.trim();
    if (text === '') input.value = o.value;
    else o.onCommit(text);
  });
  return { root, control: input };
}

export function selectField(o: {
  id?: string;
  label: string;
  value: string;
  options: readonly (readonly [value: string, text: string])[];
  path?: string;
  onCommit(value: string): void;
}): Field<HTMLSelectElement> {
  const select = document.createElement('select');
  for (const [value, text] of o.options) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    select.append(option);
  }
  select.value = o.value;
  const root = wrap(o.id ?? `field-${++serial}`, o.label, select, o.path);
  select.addEventListener('change', () => o.onCommit(select.value));
  return { root, control: select };
}

export function checkboxField(o: { id?: string; label: string; checked: boolean; path?: string; onCommit(checked: boolean): void }): Field<HTMLInputElement> {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.checked = o.checked;
  const root = wrap(o.id ?? `field-${++serial}`, o.label, input, o.path);
  root.classList.add('field-check');
  input.addEventListener('change', () => o.onCommit(input.checked));
  return { root, control: input };
}

/** A titled panel section; with a `path`, engine errors about the whole section show under its title. */
export function panelSection(title: string, id: string, path?: string): { root: HTMLElement; body: HTMLElement } {
  return section(`section-${id}`, title, { level: 'h3', className: 'panel-section', errorPath: path });
}
