export interface MessageArea {
  element: HTMLElement;
  info(text: string): void;
  error(text: string): void;
  /** A message with a read-only, selected text box holding `url`, for copying by hand. */
  link(text: string, url: string): void;
  clear(): void;
}

let counter = 0;
/** Information goes away by itself after a while; errors stay until dismissed. */
const INFO_MS = 10_000;

/**
 * A line for short outcomes next to a group of buttons. Information is announced politely, errors
 * assertively (role="alert"), each with a button to dismiss it.
 */
export function messageArea(className: string): MessageArea {
  const element = document.createElement('div');
  element.className = `message-area ${className}`;
  const polite = document.createElement('div');
  polite.setAttribute('role', 'status');
  const urgent = document.createElement('div');
  urgent.setAttribute('role', 'alert');
  element.append(polite, urgent);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(target: HTMLElement, kind: 'info' | 'error', text: string, extra?: HTMLElement): void {
    clearTimeout(timer);
    polite.replaceChildren();
    urgent.replaceChildren();
    const box = document.createElement('div');
    box.className = `message message-${kind}`;
    const words = document.createElement('span');
    words.textContent = text;
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'message-dismiss';
    dismiss.textContent = 'Dismiss';
    dismiss.addEventListener('click', () => box.remove());
    box.append(words);
    if (extra) box.append(extra);
    box.append(dismiss);
    target.append(box);
    // A message with a link to copy stays until dismissed: the user needs the time.
    if (kind === 'info' && !extra) timer = setTimeout(() => box.remove(), INFO_MS);
  }

  return {
    element,
    info: (text) => show(polite, 'info', text),
    error: (text) => show(urgent, 'error', text),
    link(text, url) {
      const id = `share-link-${++counter}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.className = 'visually-hidden';
      label.textContent = 'Share link';
      const input = document.createElement('input');
      input.id = id;
      input.readOnly = true;
      input.value = url;
      const wrap = document.createElement('span');
      wrap.append(label, input);
      show(polite, 'info', text, wrap);
      input.focus();
      input.select();
    },
    clear() {
      clearTimeout(timer);
      polite.replaceChildren();
      urgent.replaceChildren();
    },
  };
}
