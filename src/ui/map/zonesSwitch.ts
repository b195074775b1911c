import type { AppContext } from '../app/appContext.ts';
import { setView } from '../state/viewActions.ts';

/**
 * "Zones: Boroughs | Hexagons", bound to view.zones. When the hexagon layer cannot be shown the
 * Hexagons choice stays visible but disabled, with the reason as its title.
 */
export function mountZonesSwitch(ctx: AppContext, root: HTMLElement, hexagons: { available: boolean; reason: string } = { available: true, reason: '' }): void {
  const { store } = ctx;
  const group = document.createElement('fieldset');
  group.className = 'segmented';
  const legend = document.createElement('legend');
  legend.textContent = 'Zones';
  group.append(legend);
  const inputs = (['boroughs', 'hexagons'] as const).map((value) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'zones';
    input.value = value;
    input.id = `zones-${value}`;
    if (value === 'hexagons' && !hexagons.available) {
      input.disabled = true;
      label.title = hexagons.reason;
      label.classList.add('is-disabled');
    }
    input.addEventListener('change', () => {
      if (input.checked) setView(store, { zones: value });
    });
    label.append(input, document.createTextNode(value === 'boroughs' ? 'Boroughs' : 'Hexagons'));
    group.append(label);
    return input;
  });
  const sync = () => {
    const zones = hexagons.available ? store.get().view.zones : 'boroughs';
    for (const input of inputs) input.checked = input.value === zones;
  };
  store.subscribe(sync);
  sync();
  root.append(group);
}
