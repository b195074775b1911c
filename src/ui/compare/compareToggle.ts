import type { AppContext } from '../app/appContext.ts';

/** The "Compare" toggle button (aria-pressed), bound to view.compare. */
export function mountCompareToggle(ctx: AppContext, root: HTMLElement): HTMLButtonElement {
  const { store } = ctx;
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'compare-toggle';
  button.className = 'toggle-button';
  button.textContent = 'Compare';
  button.title = 'Show the scenario and the comparison scenario side by side';
  button.addEventListener('click', () => {
    store.set((s) => ({ ...s, view: { ...s.view, compare: !s.view.compare } }), { undoable: false });
  });
  const sync = () => button.setAttribute('aria-pressed', String(store.get().view.compare));
  store.subscribe(sync);
  sync();
  root.append(button);
  return button;
}
