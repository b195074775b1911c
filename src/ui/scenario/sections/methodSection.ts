import type { Method } from '../../../engine/index.ts';
import { checkboxField, numberField, panelSection } from '../formFields.ts';
import { rebuildOnChange, type PanelContext, type PanelSection } from '../panelContext.ts';
import { setMethod, setSmoothing } from '../scenarioEdits.ts';

const METHODS: readonly [Method, string, string][] = [
  ['fixed', 'Fixed', "Today's territorial model: fixed shares all week"],
  ['follow-demand', 'Follow demand', 'Officers in proportion to demand every 15 minutes, within floors and caps'],
  ['smoothed', 'Smoothed', 'Follow demand, changing each zone by at most a set number of officers per 15 minutes'],
];

/** How officers are placed: fixed, follow-demand, or smoothed (with its limit and mutual aid). */
export function methodSection(p: PanelContext): PanelSection {
  const { root, body } = panelSection('Method', 'method', 'method');
  const update = rebuildOnChange(
    body,
    () => JSON.stringify([p.target(), p.scenario().method, p.scenario().smoothing]),
    () => {
      const s = p.scenario();
      const group = document.createElement('fieldset');
      group.className = 'choice-group';
      const legend = document.createElement('legend');
      legend.textContent = 'Allocation method';
      group.append(legend);
      for (const [value, label, hint] of METHODS) {
        const row = document.createElement('label');
        row.className = 'choice';
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = 'method';
        input.id = `method-${value}`;
        input.value = value;
        input.checked = s.method === value;
        input.addEventListener('change', () => {
          if (input.checked) p.edit((sc) => setMethod(sc, value));
        });
        const text = document.createElement('span');
        const strong = document.createElement('strong');
        strong.textContent = label;
        const small = document.createElement('span');
        small.className = 'choice-hint';
        small.textContent = hint;
        text.append(strong, small);
        row.append(input, text);
        group.append(row);
      }
      const nodes: Node[] = [group];
      if (s.method === 'smoothed') {
        nodes.push(
          numberField({
            id: 'max-change', label: 'Largest change per 15 minutes (officers)', value: s.smoothing?.maxChangePerSlot,
            path: 'smoothing.maxChangePerSlot', min: 0, max: 100000, step: 1, optional: true,
            hint: 'Beyond the change a shift change brings. Empty: no limit.',
            onCommit: (v) => p.edit((sc) => setSmoothing(sc, { maxChangePerSlot: v })),
          }).root,
          checkboxField({
            id: 'mutual-aid', label: 'Mutual aid: officers move only between neighbouring zones', checked: s.smoothing?.mutualAid === true,
            path: 'smoothing.mutualAid', onCommit: (v) => p.edit((sc) => setSmoothing(sc, { mutualAid: v ? true : undefined })),
          }).root,
        );
      }
      return nodes;
    },
  );
  return { root, update };
}
