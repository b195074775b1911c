import type { DatasetSummary } from '../../engine/index.ts';
import type { ResultsController } from '../app/appContext.ts';
import { newEvent } from '../scenario/sections/eventPlacement.ts';
import { addEvent } from '../scenario/scenarioEdits.ts';
import { editScenario, setView } from '../state/viewActions.ts';
import type { Store } from '../state/store.ts';
import type { MapClick } from './createMapView.ts';

/**
 * A click on a map: while an event is being placed it goes there, in the scenario the panel edits, as
 * one undoable edit that also ends placing; otherwise it selects the zone clicked, in the zone set shown.
 */
export function handleMapClick(store: Store, summary: DatasetSummary, results: Pick<ResultsController, 'zoneSet'>, click: MapClick): void {
  const { session, view } = store.get();
  if (session.placing === 'event') {
    const which = session.panelTarget;
    editScenario(
      store, which,
      (s) => addEvent(s, newEvent(s.events?.length ?? 0, view.slot, { point: click.lngLat })),
      (s) => ({ ...s, session: { ...s.session, placing: null } }),
    );
    return;
  }
  const set = view.zones === 'boroughs' ? null : results.zoneSet(view.zones);
  if (set && click.finer !== null) setView(store, { selectedZone: set.ids[click.finer] ?? null });
  else if (!set && click.zone !== null) setView(store, { selectedZone: summary.zones.ids[click.zone] ?? null });
}
