import type { AppContext } from '../app/appContext.ts';
import { el, labelled } from '../dom.ts';
import { DIFFERENCE_BASES, type DifferenceBase } from '../state/appState.ts';
import { setView } from '../state/viewActions.ts';
import { DIFFERENCE_INFO } from './differenceInfo.ts';

/**
 * "Difference in" beside "Colour by": what the difference map takes the comparison minus the scenario
 * of (officers, officers per 1,000 present, calls within target). Shown only while the map shows the
 * difference between scenarios.
 */
export function mountDifferenceControl(ctx: AppContext, root: HTMLElement): void {
  const { store } = ctx;
  const select = el('select', {}, DIFFERENCE_BASES.map((b) => el('option', { value: b, text: DIFFERENCE_INFO[b].label })));
  select.addEventListener('change', () => setView(store, { differenceOf: select.value as DifferenceBase }));
  const control = labelled('difference-of', 'Difference in', select);
  const sync = () => {
    const { view } = store.get();
    control.hidden = !(view.compare && view.measure === 'difference');
    if (select.value !== view.differenceOf) select.value = view.differenceOf;
  };
  store.subscribe(sync);
  sync();
  root.append(control);
}
