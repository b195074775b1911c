import type { AppContext } from '../app/appContext.ts';
import { button } from '../dom.ts';
import { setView } from '../state/viewActions.ts';

/** The "Compare" toggle button (aria-pressed), bound to view.compare. */
export function mountCompareToggle(ctx: AppContext, root: HTMLElement): HTMLButtonElement {
  const { store } = ctx;
  const toggle = button('Compare', () => setView(store, { compare: !store.get().view.compare }), { className: 'toggle-button', id: 'compare-toggle' });
  toggle.title = 'Show the scenario and the comparison scenario side by side';
  const sync = () => toggle.setAttribute('aria-pressed', String(store.get().view.compare));
  store.subscribe(sync);
  sync();
  root.append(toggle);
  return toggle;
}
