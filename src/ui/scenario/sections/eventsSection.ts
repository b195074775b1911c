import { DAY_NAMES, DAYS, type ScenarioEvent } from '../../../engine/index.ts';
import { button, el, errorLine } from '../../dom.ts';
import { formatCount } from '../../formatCount.ts';
import { setSession } from '../../state/viewActions.ts';
import { clockOptions } from '../clockOptions.ts';
import { numberField, panelSection, selectField, textField } from '../formFields.ts';
import { rebuildOnChange, type PanelContext, type PanelSection } from '../panelContext.ts';
import { addEvent, removeEvent, setEvent } from '../scenarioEdits.ts';
import { eventZone, newEvent } from './eventPlacement.ts';

const SHOWN_SOURCES = 5;

/**
 * Events (central demands): "Add event" then a click on the map places one; or one in the selected
 * zone, for keyboard users. Each has its day, window and officers, and reports which zones its
 * officers are abstracted from.
 */
export function eventsSection(p: PanelContext): PanelSection {
  const { root, body } = panelSection('Events', 'events', 'events');
  const { store, dataset, results } = p.ctx;
  const reports: HTMLElement[] = [];
  const placing = () => store.get().session.placing === 'event';
  // A click on the map adds the event (src/ui/map/handleMapClick.ts); the section only starts and stops placing.
  const addButton = button('Add event', () => setSession(store, { placing: placing() ? null : 'event' }), {
    className: 'panel-button toggle-button', id: 'add-event',
  });
  addButton.setAttribute('aria-pressed', 'false');
  const inZoneButton = button('Add event in the selected zone', () => {
    const zone = store.get().view.selectedZone;
    if (zone !== null) p.edit((s) => addEvent(s, newEvent(s.events?.length ?? 0, store.get().view.slot, { zone })));
  }, { id: 'add-event-in-zone' });
  const list = el('div', { className: 'event-list' });
  body.append(el('div', { className: 'button-row' }, [addButton, inZoneButton]), list);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && placing()) setSession(store, { placing: null });
  });

  function eventFields(e: ScenarioEvent, i: number): HTMLElement {
    const box = document.createElement('fieldset');
    box.className = 'event';
    box.id = `event-${i}`;
    const legend = document.createElement('legend');
    legend.textContent = e.name;
    const commit = (patch: Partial<ScenarioEvent>) => p.edit((s) => setEvent(s, i, patch));
    const zones = dataset.current().zones;
    const z = eventZone(e, zones);
    const where = document.createElement('p');
    where.className = 'event-place';
    where.textContent = e.point
      ? `At ${e.point[1].toFixed(4)}, ${e.point[0].toFixed(4)}${z === null ? ' (outside every zone)' : ` in ${zones.names[z]}`}`
      : `In ${z === null ? `zone ${e.zone}` : zones.names[z]}`;
    const error = errorLine(`event-${i}-error`, `events[${i}]`);
    const times = document.createElement('div');
    times.className = 'field-grid';
    times.append(
      selectField({
        id: `event-${i}-day`, label: 'Day', value: e.day, path: `events[${i}].day`,
        options: DAYS.map((d, k) => [d, DAY_NAMES[k]] as const), onCommit: (v) => commit({ day: v as ScenarioEvent['day'] }),
      }).root,
      numberField({
        id: `event-${i}-officers`, label: 'Officers', value: e.officers, path: `events[${i}].officers`, min: 1, max: 100000, step: 1,
        onCommit: (v) => v !== undefined && commit({ officers: Math.round(v) }),
      }).root,
      selectField({ id: `event-${i}-start`, label: 'Start', value: e.start, path: `events[${i}].start`, options: clockOptions('start'), onCommit: (v) => commit({ start: v }) }).root,
      selectField({ id: `event-${i}-end`, label: 'End', value: e.end, path: `events[${i}].end`, options: clockOptions('end'), onCommit: (v) => commit({ end: v }) }).root,
    );
    const remove = button('Remove event', () => p.edit((s) => removeEvent(s, i)), { className: 'panel-button small', label: `Remove event ${i + 1} (${e.name})` });
    remove.id = `event-${i}-remove`;
    const report = document.createElement('div');
    report.className = 'event-abstraction';
    report.id = `event-${i}-abstraction`;
    reports[i] = report;
    box.append(
      legend,
      textField({ id: `event-${i}-name`, label: 'Name', value: e.name, path: `events[${i}].name`, onCommit: (v) => commit({ name: v }) }).root,
      where, error, times, report, remove,
    );
    return box;
  }

  function showReports(): void {
    const events = p.scenario().events ?? [];
    const run = results.get(p.target());
    const names = dataset.current().zones.names;
    events.forEach((_, i) => {
      const report = reports[i];
      if (!report) return;
      const r = run.status === 'ready' && run.result?.events.length === events.length ? run.result.events[i] : null;
      const heading = document.createElement('p');
      heading.className = 'event-abstraction-title';
      if (!r) {
        heading.textContent = run.status === 'running' ? 'Officers abstracted from: calculating…' : 'Officers abstracted from: not calculated (the scenario has problems).';
        report.replaceChildren(heading);
        return;
      }
      heading.textContent = `Officers abstracted from (${formatCount(r.officerHours)} officer-hours in all):`;
      const items = r.abstractedFrom.slice(0, SHOWN_SOURCES).map((a) => {
        const li = document.createElement('li');
        li.textContent = `${names[a.zone] ?? `zone ${a.zone}`}: ${formatCount(a.officerHours)} officer-hours`;
        return li;
      });
      const ol = document.createElement('ol');
      ol.className = 'abstraction-list';
      ol.append(...items);
      const rest = r.abstractedFrom.length - SHOWN_SOURCES;
      report.replaceChildren(heading, ol);
      if (rest > 0) {
        const more = document.createElement('p');
        more.className = 'section-hint';
        more.textContent = `and ${rest} more zone${rest === 1 ? '' : 's'}.`;
        report.append(more);
      }
    });
  }

  const rebuild = rebuildOnChange(
    list,
    () => JSON.stringify([p.target(), p.scenario().events, dataset.current().zones.ids.length]),
    () => {
      reports.length = 0;
      const events = p.scenario().events ?? [];
      if (events.length === 0) {
        const none = document.createElement('p');
        none.className = 'section-hint';
        none.textContent = 'No events. Events are staffed first; the engine reports which zones give up officers for them.';
        return [none];
      }
      return events.map(eventFields);
    },
  );

  let reportKey: unknown[] = [];
  let shownEvents: { target: string; count: number } | null = null;
  return {
    root,
    update() {
      rebuild();
      const on = placing();
      addButton.setAttribute('aria-pressed', String(on));
      addButton.textContent = on ? 'Cancel adding' : 'Add event';
      // A new event (from the map or the button) gets the focus, so its name can be typed at once.
      const count = p.scenario().events?.length ?? 0;
      if (shownEvents && shownEvents.target === p.target() && count > shownEvents.count) document.getElementById(`event-${count - 1}-name`)?.focus();
      shownEvents = { target: p.target(), count };
      const selected = store.get().view.selectedZone;
      inZoneButton.disabled = selected === null;
      const zones = dataset.current().zones;
      const z = selected === null ? -1 : zones.ids.indexOf(selected);
      inZoneButton.textContent = z >= 0 ? `Add event in ${zones.names[z]}` : 'Add event in the selected zone';
      const run = results.get(p.target());
      const key = [run.status, run.result, p.scenario().events, reports.length];
      if (key.some((k, i) => k !== reportKey[i])) {
        reportKey = key;
        showReports();
      }
    },
  };
}
