import type { DatasetSummary } from '../../engine/datasetSummary.ts';
import type { AppContext } from '../app/appContext.ts';
import { MEASURES, type MeasureKey } from '../state/appState.ts';
import { MEASURE_INFO } from './measureInfo.ts';

function labelled(id: string, text: string, control: HTMLElement): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'control';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = text;
  control.id = id;
  wrap.append(label, control);
  return wrap;
}

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

/** "Colour by" (the measure) in `root`, and "Zone" (the selected zone, the keyboard's way to pick one) in `zoneRoot`. */
export function mountMapControls(ctx: AppContext, root: HTMLElement, zoneRoot: HTMLElement): void {
  const { store, dataset } = ctx;
  const measure = document.createElement('select');
  for (const key of MEASURES) measure.append(option(key, MEASURE_INFO[key].label));
  measure.addEventListener('change', () => {
    const value = measure.value as MeasureKey;
    store.set((s) => ({ ...s, view: { ...s.view, measure: value } }), { undoable: false });
  });

  const zone = document.createElement('select');
  const fillZones = (summary: DatasetSummary) => {
    const order = summary.zones.ids.map((id, z) => ({ id, name: summary.zones.names[z] })).sort((a, b) => a.name.localeCompare(b.name));
    zone.replaceChildren(option('', 'None selected'), ...order.map((z) => option(z.id, z.name)));
  };
  zone.addEventListener('change', () => {
    const id = zone.value || null;
    store.set((s) => ({ ...s, view: { ...s.view, selectedZone: id } }), { undoable: false });
  });

  const sync = () => {
    const { view } = store.get();
    if (measure.value !== view.measure) measure.value = view.measure;
    const id = view.selectedZone ?? '';
    if (zone.value !== id) zone.value = id;
  };
  fillZones(dataset.current());
  dataset.subscribe((summary) => {
    fillZones(summary);
    sync();
  });
  store.subscribe(sync);
  sync();
  root.append(labelled('measure', 'Colour by', measure));
  zoneRoot.append(labelled('zone-select', 'Zone', zone));
}
