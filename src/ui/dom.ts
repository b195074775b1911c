/**
 * The one way the UI builds DOM: small typed helpers. Text always goes in with textContent, never as
 * HTML, so names read from users' files are shown, not run.
 */

type Tag = keyof HTMLElementTagNameMap;

export interface ElementProps {
  className?: string;
  id?: string;
  text?: string;
  type?: string;
  value?: string;
  htmlFor?: string;
  title?: string;
  hidden?: boolean;
  min?: string;
  max?: string;
  step?: string;
  /** Attributes set with setAttribute (aria-*, role, data-*). */
  attrs?: Record<string, string>;
}

/** `document.createElement(tag)` with its properties, attributes and children. */
export function el<K extends Tag>(tag: K, props: ElementProps = {}, children: readonly (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { text, attrs, ...rest } = props;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (node as unknown as Record<string, unknown>)[key] = value;
  }
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A plain button (type="button") that runs `onClick`; `label` is its accessible name when the text is not enough. */
export function button(
  text: string, onClick: () => void, options: { className?: string; id?: string; label?: string } = {},
): HTMLButtonElement {
  const b = el('button', { type: 'button', className: options.className ?? 'panel-button', id: options.id, text });
  if (options.label) b.setAttribute('aria-label', options.label);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * A titled section named for assistive technology by its heading: `section(id, title, options)`.
 * With `errorPath`, the engine's problems with that part of the scenario show under the title.
 */
export function section(
  id: string,
  title: string,
  options: { level?: 'h2' | 'h3'; className?: string; errorPath?: string; children?: readonly HTMLElement[] } = {},
): { root: HTMLElement; body: HTMLElement } {
  const heading = el(options.level ?? 'h2', { id: `${id}-title`, text: title });
  const root = el('section', { id, className: options.className ?? '', attrs: { 'aria-labelledby': heading.id } }, [heading]);
  if (options.errorPath !== undefined) root.append(errorLine(`${id}-error`, options.errorPath));
  const body = el('div', { className: `${options.className ?? 'section'}-body` }, options.children ?? []);
  root.append(body);
  return { root, body };
}

/** A label and its control in a wrapper (`className`, default "control"). */
export function labelled(id: string, text: string, control: HTMLElement, className = 'control'): HTMLElement {
  control.id = id;
  return el('div', { className }, [el('label', { htmlFor: id, text }), control]);
}

/**
 * The line under a field or section where the engine's message about `path` (a scenario field path)
 * goes; hidden until there is one. The scenario panel finds these by their data-error-for.
 */
export function errorLine(id: string, path: string): HTMLElement {
  return el('p', { className: 'field-error', id, hidden: true, attrs: { 'data-error-for': path } });
}
