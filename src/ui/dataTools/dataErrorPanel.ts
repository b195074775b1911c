export interface DataErrorPanel {
  element: HTMLElement;
  /** Lists every problem (and any warnings), then takes focus so keyboard users land on it. */
  show(title: string, lead: string, errors: readonly string[], warnings: readonly string[]): void;
  hide(): void;
}

function list(lines: readonly string[], className: string): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = className;
  for (const line of lines) {
    const li = document.createElement('li');
    li.textContent = line;
    ul.append(li);
  }
  return ul;
}

/** The dataset's validation errors, each as the engine wrote it (file, line, column), in a dismissible alert. */
export function dataErrorPanel(onDismiss: () => void): DataErrorPanel {
  const panel = document.createElement('div');
  panel.className = 'data-errors';
  panel.id = 'data-errors';
  panel.setAttribute('role', 'alert');
  panel.tabIndex = -1;
  panel.hidden = true;
  const heading = document.createElement('h2');
  heading.id = 'data-errors-title';
  panel.setAttribute('aria-labelledby', heading.id);
  const lead = document.createElement('p');
  lead.className = 'data-errors-lead';
  const content = document.createElement('div');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'tool-button data-errors-dismiss';
  dismiss.textContent = 'Dismiss';
  panel.append(heading, lead, content, dismiss);

  const hide = () => {
    panel.hidden = true;
    content.replaceChildren();
  };
  dismiss.addEventListener('click', () => {
    hide();
    onDismiss();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    hide();
    onDismiss();
  });

  return {
    element: panel,
    show(title, leadText, errors, warnings) {
      heading.textContent = title;
      lead.textContent = leadText;
      const parts: HTMLElement[] = [list(errors, 'data-errors-list')];
      if (warnings.length > 0) {
        const h = document.createElement('h3');
        h.textContent = warnings.length === 1 ? 'Also a warning' : `Also ${warnings.length} warnings`;
        parts.push(h, list(warnings, 'data-warnings-list'));
      }
      content.replaceChildren(...parts);
      panel.hidden = false;
      panel.focus();
    },
    hide,
  };
}
