import type { AppContext } from '../app/appContext.ts';
import { el } from '../dom.ts';
import { ZONE_SETS, type ZoneSet } from '../state/appState.ts';
import { setView } from '../state/viewActions.ts';

const LABELS: Record<ZoneSet, string> = { boroughs: 'Boroughs', msoas: 'MSOAs', hexagons: 'Hexagons' };
const MSOAS_DEFAULT_ONLY = 'MSOAs come with the London default dataset';

/**
 * "Zones: Boroughs | MSOAs | Hexagons", bound to view.zones. MSOAs come with the London default only:
 * with another dataset the choice stays visible but disabled, with the reason as its title. Going back
 * to boroughs keeps the selection on the borough the selected finer zone lies in.
 */
export function mountZonesSwitch(ctx: AppContext, root: HTMLElement): void {
  const { store, dataset, results } = ctx;
  const group = el('fieldset', { className: 'segmented' }, [el('legend', { text: 'Zones' })]);
  const inputs = ZONE_SETS.map((value) => {
    const input = el('input', { type: 'radio', value, id: `zones-${value}` });
    input.name = 'zones';
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const { view } = store.get();
      const set = view.zones === 'boroughs' ? null : results.zoneSet(view.zones);
      const at = set && view.selectedZone !== null ? set.ids.indexOf(view.selectedZone) : -1;
      const borough = at >= 0 && set ? dataset.current().zones.ids[set.parent[at]] ?? null : view.zones === 'boroughs' ? view.selectedZone : null;
      setView(store, { zones: value, selectedZone: value === 'boroughs' ? borough : null });
    });
    group.append(el('label', {}, [input, LABELS[value]]));
    return input;
  });
  const sync = () => {
    const msoas = dataset.isDefault();
    const zones = !msoas && store.get().view.zones === 'msoas' ? 'boroughs' : store.get().view.zones;
    for (const input of inputs) {
      input.checked = input.value === zones;
      const off = input.value === 'msoas' && !msoas;
      input.disabled = off;
      const label = input.parentElement!;
      label.classList.toggle('is-disabled', off);
      label.title = off ? MSOAS_DEFAULT_ONLY : '';
    }
  };
  store.subscribe(sync);
  dataset.subscribe(() => {
    if (!dataset.isDefault() && store.get().view.zones === 'msoas') setView(store, { zones: 'boroughs', selectedZone: null });
    sync();
  });
  sync();
  root.append(group);
}
