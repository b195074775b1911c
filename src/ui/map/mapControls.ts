import type { AppContext } from '../app/appContext.ts';
import { el, labelled } from '../dom.ts';
import { setView } from '../state/viewActions.ts';
import { MEASURES, type MeasureKey } from '../state/appState.ts';
import { MEASURE_INFO } from './measureInfo.ts';

const option = (value: string, text: string) => el('option', { value, text });

/**
 * "Colour by" (the measure) in `root`, and "Zone" (the selected zone of the zone set shown, the keyboard's
 * way to pick one) in `zoneRoot`.
 */
export function mountMapControls(ctx: AppContext, root: HTMLElement, zoneRoot: HTMLElement): void {
  const { store, dataset, results } = ctx;
  const measure = document.createElement('select');
  for (const key of MEASURES) measure.append(option(key, MEASURE_INFO[key].label));
  // Offered in compare mode only (src/ui/compare): the comparison minus the scenario.
  const difference = option('difference', MEASURE_INFO.difference.label);
  measure.addEventListener('change', () => {
    setView(store, { measure: measure.value as MeasureKey });
  });

  const zone = document.createElement('select');
  zone.addEventListener('change', () => {
    setView(store, { selectedZone: zone.value || null });
  });
  /** The zones listed: those of the zone set shown (a finer set once the engine has it). */
  let listed: unknown = null;
  const fillZones = () => {
    const { view } = store.get();
    const source = view.zones === 'boroughs' ? dataset.current().zones : results.zoneSet(view.zones);
    if (source === listed) return;
    listed = source;
    const order = (source?.ids ?? []).map((id, z) => ({ id, name: source!.names[z] })).sort((a, b) => a.name.localeCompare(b.name));
    zone.replaceChildren(option('', 'None selected'), ...order.map((z) => option(z.id, z.name)));
  };

  const sync = () => {
    fillZones();
    const { view } = store.get();
    if (view.compare !== difference.isConnected) {
      if (view.compare) measure.append(difference);
      else difference.remove();
    }
    if (measure.value !== view.measure) measure.value = view.measure;
    const id = view.selectedZone ?? '';
    if (zone.value !== id) zone.value = id;
  };
  const request = () => ctx.frames.request(sync);
  dataset.subscribe(request);
  store.subscribe(request);
  results.subscribe(request);
  sync();
  root.append(labelled('measure', 'Colour by', measure));
  zoneRoot.append(labelled('zone-select', 'Zone', zone));
}
