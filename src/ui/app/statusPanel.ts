export interface StatusPanel {
  loading(message: string): void;
  error(title: string, lines: readonly string[]): void;
  clear(): void;
}

/** The loading indicator and the error panel, both in `root` (an element with role="status"). */
export function createStatusPanel(root: HTMLElement): StatusPanel {
  return {
    loading(message) {
      const spinner = document.createElement('span');
      spinner.className = 'spinner';
      spinner.setAttribute('aria-hidden', 'true');
      const text = document.createElement('span');
      text.textContent = message;
      root.className = 'status status-loading';
      root.setAttribute('role', 'status');
      root.replaceChildren(spinner, text);
      root.hidden = false;
    },
    error(title, lines) {
      const heading = document.createElement('h2');
      heading.textContent = title;
      const list = document.createElement('ul');
      for (const line of lines) {
        const item = document.createElement('li');
        item.textContent = line;
        list.append(item);
      }
      root.className = 'status status-error';
      root.setAttribute('role', 'alert');
      root.replaceChildren(heading, list);
      root.hidden = false;
    },
    clear() {
      root.replaceChildren();
      root.hidden = true;
    },
  };
}
