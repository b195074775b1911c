import { el } from '../dom.ts';

/** A labelled control with an optional hint and an error line, both tied to it by aria-describedby. */
export interface BatchField<E extends HTMLElement> {
  root: HTMLElement;
  control: E;
  /** Shows `message` under the control and marks it invalid; null clears it. */
  setError(message: string | null): void;
}

/** Wraps `control` with its label, hint and error line (the error hidden until there is one). */
export function batchField<E extends HTMLInputElement | HTMLSelectElement>(id: string, label: string, control: E, hint?: string): BatchField<E> {
  control.id = id;
  const root = el('div', { className: 'batch-field' }, [el('label', { htmlFor: id, text: label }), control]);
  const described: string[] = [];
  if (hint) {
    root.append(el('p', { className: 'batch-hint', id: `${id}-hint`, text: hint }));
    described.push(`${id}-hint`);
  }
  const error = el('p', { className: 'field-error batch-field-error', id: `${id}-error`, hidden: true });
  root.append(error);
  described.push(error.id);
  control.setAttribute('aria-describedby', described.join(' '));
  return {
    root,
    control,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = message === null;
      if (message === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    },
  };
}

/** A text input (no autocomplete or spell checking: the values are codes and numbers). */
export function textInput(value: string, placeholder?: string): HTMLInputElement {
  const input = el('input', { type: 'text', value });
  input.autocomplete = 'off';
  input.spellcheck = false;
  if (placeholder) input.placeholder = placeholder;
  return input;
}

/** A number input with its bounds. */
export function numberInput(value: string, o: { min?: number; max?: number; step?: number | 'any' } = {}): HTMLInputElement {
  const input = el('input', { type: 'number', value, step: String(o.step ?? 'any') });
  input.inputMode = 'decimal';
  if (o.min !== undefined) input.min = String(o.min);
  if (o.max !== undefined) input.max = String(o.max);
  return input;
}

/** A group of checkboxes or radio buttons under a legend. */
export function choiceGroup(
  legend: string, type: 'checkbox' | 'radio', name: string, choices: readonly { value: string; label: string; checked: boolean; hint?: string }[],
): { root: HTMLFieldSetElement; inputs: HTMLInputElement[]; error: HTMLElement } {
  const inputs: HTMLInputElement[] = [];
  const root = el('fieldset', { className: 'batch-choices' }, [el('legend', { text: legend })]);
  for (const c of choices) {
    const input = el('input', { type, value: c.value, id: `${name}-${c.value}` });
    input.name = name;
    input.checked = c.checked;
    inputs.push(input);
    const label = el('label', { htmlFor: input.id, text: c.label });
    if (c.hint) label.title = c.hint;
    root.append(el('span', { className: 'batch-choice' }, [input, label]));
  }
  const error = el('p', { className: 'field-error batch-field-error', id: `${name}-error`, hidden: true });
  root.append(error);
  root.setAttribute('aria-describedby', error.id);
  return { root, inputs, error };
}

/** Sets a group's error line. */
export function setGroupError(error: HTMLElement, message: string | null): void {
  error.textContent = message ?? '';
  error.hidden = message === null;
}
