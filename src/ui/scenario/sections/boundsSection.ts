import { button, errorLine } from '../../dom.ts';
import { numberField, panelSection } from '../formFields.ts';
import { rebuildOnChange, type PanelContext, type PanelSection } from '../panelContext.ts';
import { setBound, setZoneBound, type BoundKind } from '../scenarioEdits.ts';

const KINDS: readonly [BoundKind, string][] = [
  ['floors', 'Floor'],
  ['caps', 'Cap'],
];

/**
 * Floors and caps on the officers each zone has at every moment: for every zone (officers, or per
 * 1,000 residents), and a zone's own, set by selecting it on the map; its overrides listed to remove.
 */
export function boundsSection(p: PanelContext): PanelSection {
  const { root, body } = panelSection('Floors and caps', 'bounds', 'floors');
  const update = rebuildOnChange(
    body,
    () => {
      const s = p.scenario();
      return JSON.stringify([p.target(), s.floors, s.caps, p.ctx.store.get().view.selectedZone, p.ctx.dataset.current().zones.ids.length]);
    },
    () => {
      const s = p.scenario();
      const zones = p.ctx.dataset.current().zones;
      const nameOf = (id: string) => {
        const z = zones.ids.indexOf(id);
        return z >= 0 ? zones.names[z] : id;
      };
      const nodes: Node[] = [];
      const global = document.createElement('div');
      global.className = 'field-grid';
      for (const [kind, word] of KINDS) {
        global.append(
          numberField({
            id: `${kind}-officers`, label: `${word} for every zone (officers)`, value: s[kind]?.officers, path: `${kind}.officers`,
            min: 0, max: 1000000, step: 1, optional: true, onCommit: (v) => p.edit((sc) => setBound(sc, kind, 'officers', v)),
          }).root,
          numberField({
            id: `${kind}-per-1000`, label: `${word} per 1,000 residents`, value: s[kind]?.perThousandResidents,
            path: `${kind}.perThousandResidents`, min: 0, max: 1000, step: 'any', optional: true,
            onCommit: (v) => p.edit((sc) => setBound(sc, kind, 'perThousandResidents', v)),
          }).root,
        );
      }
      nodes.push(global, errorLine('section-caps-error', 'caps'));

      const selected = p.ctx.store.get().view.selectedZone;
      const zoneBox = document.createElement('div');
      zoneBox.className = 'zone-bounds';
      const heading = document.createElement('h4');
      zoneBox.append(heading);
      if (selected !== null && zones.ids.includes(selected)) {
        const name = nameOf(selected);
        heading.textContent = `${name}\u2019s own floor and cap`;
        for (const [kind, word] of KINDS) {
          zoneBox.append(
            numberField({
              id: `zone-${kind}`, label: `${word} for ${name}`, value: s[kind]?.zones?.[selected], path: `${kind}.zones.${selected}`,
              min: 0, max: 1000000, step: 1, optional: true,
              onCommit: (v) => p.edit((sc) => setZoneBound(sc, kind, selected, v)),
            }).root,
          );
        }
      } else {
        heading.textContent = 'A zone\u2019s own floor and cap';
        const hint = document.createElement('p');
        hint.className = 'section-hint';
        hint.textContent = 'Click a zone on the map (or choose it under "Zone") to give it its own floor or cap.';
        zoneBox.append(hint);
      }
      nodes.push(zoneBox);

      const overrides = KINDS.flatMap(([kind, word]) => Object.entries(s[kind]?.zones ?? {}).map(([id, value]) => ({ kind, word, id, value })));
      if (overrides.length > 0) {
        const list = document.createElement('ul');
        list.className = 'override-list';
        list.setAttribute('aria-label', 'Zones with their own floor or cap');
        for (const o of overrides) {
          const item = document.createElement('li');
          const text = document.createElement('span');
          text.textContent = `${nameOf(o.id)}: ${o.word.toLowerCase()} ${o.value}`;
          const remove = button('Remove', () => p.edit((sc) => setZoneBound(sc, o.kind, o.id, undefined)), {
            className: 'panel-button small', label: `Remove the ${o.word.toLowerCase()} for ${nameOf(o.id)}`,
          });
          remove.id = `remove-${o.kind}-${o.id}`;
          const error = errorLine(`override-${o.kind}-${o.id}-error`, `${o.kind}.zones.${o.id}`);
          item.append(text, remove, error);
          list.append(item);
        }
        nodes.push(list);
      }
      return nodes;
    },
  );
  return { root, update };
}
