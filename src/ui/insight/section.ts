/** A panel section with an h2 heading that names it for assistive technology. */
export function section(id: string, title: string, children: readonly HTMLElement[]): HTMLElement {
  const element = document.createElement('section');
  element.className = 'insight-section';
  element.id = id;
  const heading = document.createElement('h2');
  heading.id = `${id}-title`;
  heading.textContent = title;
  element.setAttribute('aria-labelledby', heading.id);
  element.append(heading, ...children);
  return element;
}
