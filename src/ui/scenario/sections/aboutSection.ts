import { SHIPPED_SCENARIOS, shippedScenario } from '../../compare/shippedScenarios.ts';
import { button } from '../../dom.ts';
import { panelSection, selectField, textField } from '../formFields.ts';
import { rebuildOnChange, type PanelContext, type PanelSection } from '../panelContext.ts';

/** The scenario's name, and loading a shipped scenario in its place (one undoable step). */
export function aboutSection(p: PanelContext): PanelSection {
  const { root, body } = panelSection('Scenario', 'about', 'name');
  const update = rebuildOnChange(
    body,
    () => `${p.target()}\n${p.scenario().name}`,
    () => {
      const name = textField({
        id: 'scenario-name', label: 'Name', value: p.scenario().name, path: 'name',
        onCommit: (value) => p.edit((s) => ({ ...s, name: value })),
      });
      const pick = selectField({
        id: 'shipped-scenario',
        label: p.target() === 'comparison' ? 'Compare with a shipped scenario' : 'Start from a shipped scenario',
        value: '',
        options: [['', 'Choose…'], ...SHIPPED_SCENARIOS.map((s) => [s.id, s.scenario.name] as const)],
        onCommit: () => undefined,
      });
      const load = button('Load', () => {
        const scenario = shippedScenario(pick.control.value);
        if (scenario) p.edit(() => scenario);
      });
      load.id = 'shipped-scenario-load';
      const row = document.createElement('div');
      row.className = 'field-row';
      row.append(pick.root, load);
      return [name.root, row];
    },
  );
  return { root, update };
}
