import { DEFAULTS } from '../../../engine/index.ts';
import { numberField, panelSection } from '../formFields.ts';
import { rebuildOnChange, type PanelContext, type PanelSection } from '../panelContext.ts';
import { setSupply } from '../scenarioEdits.ts';

/** Availability is stored as a share (0.886) and shown as a percentage (88.6). */
function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** Officers to allocate: headcount, availability after abstractions, contracted hours a week. */
export function supplySection(p: PanelContext): PanelSection {
  const { root, body } = panelSection('Officers', 'supply', 'supply');
  const update = rebuildOnChange(
    body,
    () => JSON.stringify([p.target(), p.scenario().supply]),
    () => {
      const { supply } = p.scenario();
      return [
        numberField({
          id: 'headcount', label: 'Headcount (full-time equivalent)', value: supply.headcount, path: 'supply.headcount',
          min: 0, max: 10000000, step: 1, onCommit: (v) => p.edit((s) => setSupply(s, 'headcount', v)),
        }).root,
        numberField({
          id: 'availability', label: 'Availability (% of hours worked)', value: percent(supply.availability ?? DEFAULTS.availability),
          path: 'supply.availability', min: 0.1, max: 100, step: 0.1,
          hint: 'After leave, training and other abstractions.',
          onCommit: (v) => p.edit((s) => setSupply(s, 'availability', v === undefined ? undefined : v / 100)),
        }).root,
        numberField({
          id: 'hours-per-week', label: 'Contracted hours per week', value: supply.hoursPerWeek ?? DEFAULTS.hoursPerWeek,
          path: 'supply.hoursPerWeek', min: 1, max: 84, step: 0.5, onCommit: (v) => p.edit((s) => setSupply(s, 'hoursPerWeek', v)),
        }).root,
      ];
    },
  );
  return { root, update };
}
