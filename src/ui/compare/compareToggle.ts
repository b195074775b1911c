import type { AppContext } from '../app/appContext.ts';
import { button } from '../dom.ts';
import { MEASURES } from '../state/appState.ts';
import { setView } from '../state/viewActions.ts';

/** The "Compare" toggle button (aria-pressed), bound to view.compare. */
export function mountCompareToggle(ctx: AppContext, root: HTMLElement): HTMLButtonElement {
  const { store } = ctx;
  const toggle = button('Compare', () => {
    const { view } = store.get();
    // One map cannot show a difference: it goes back to what the difference was taken of.
    const measure = view.compare && view.measure === 'difference' ? (MEASURES.includes(view.differenceOf) ? view.differenceOf : 'officers') : view.measure;
    setView(store, { compare: !view.compare, measure });
  }, { className: 'toggle-button', id: 'compare-toggle' });
  toggle.title = 'Show the scenario and the comparison scenario side by side';
  const sync = () => toggle.setAttribute('aria-pressed', String(store.get().view.compare));
  store.subscribe(sync);
  sync();
  root.append(toggle);
  return toggle;
}
