import type { ScenarioError } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { el } from '../dom.ts';
import { WHICH } from '../state/appState.ts';
import { editScenario, setSession } from '../state/viewActions.ts';
import { describePath } from './describePath.ts';
import { errorAnchor } from './errorAnchor.ts';
import type { PanelContext, PanelSection } from './panelContext.ts';
import { aboutSection } from './sections/aboutSection.ts';
import { boundsSection } from './sections/boundsSection.ts';
import { demandSection } from './sections/demandSection.ts';
import { eventsSection } from './sections/eventsSection.ts';
import { methodSection } from './sections/methodSection.ts';
import { responseSection } from './sections/responseSection.ts';
import { shiftsSection } from './sections/shiftsSection.ts';
import { supplySection } from './sections/supplySection.ts';
import './scenario.css';
import './sections/sections.css';

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The scenario panel: which scenario it edits (the planner's or the comparison), the engine's
 * refusals in plain words at the top and next to their fields, and the sections. Every edit is one
 * undoable store change; the map and charts follow through the results controller.
 */
export function mountScenarioPanel(ctx: AppContext, root: HTMLElement): void {
  const { store, results, dataset } = ctx;
  const target = () => store.get().session.panelTarget;

  const heading = el('h2', { className: 'panel-title', id: 'scenario-panel-title', text: 'Scenario' });
  root.setAttribute('aria-labelledby', heading.id);
  const switcher = el('fieldset', { className: 'segmented panel-target' }, [el('legend', { text: 'Editing' })]);
  const targets = WHICH.map((which) => {
    const input = el('input', { type: 'radio', id: `panel-target-${which}`, value: which });
    input.name = 'panel-target';
    input.checked = which === target();
    // Switching what the panel edits also stops placing an event in the other scenario.
    input.addEventListener('change', () => input.checked && setSession(store, { panelTarget: which, placing: null }));
    switcher.append(el('label', {}, [input, which === 'scenario' ? 'Scenario' : 'Comparison']));
    return input;
  });

  const problems = el('div', { className: 'panel-problems', id: 'scenario-problems', attrs: { role: 'alert' } });

  const p: PanelContext = {
    ctx,
    target,
    scenario: () => store.get()[target()],
    edit: (change) => editScenario(store, target(), change),
  };
  const sections: PanelSection[] = [aboutSection(p), methodSection(p), supplySection(p), shiftsSection(p), demandSection(p), boundsSection(p), eventsSection(p), responseSection(p)];
  const scroller = el('div', { className: 'panel-scroll' }, sections.map((s) => s.root));
  root.replaceChildren(heading, switcher, problems, scroller);

  let shownProblems = '';
  function showProblems(errors: readonly ScenarioError[], status: string): void {
    const key = JSON.stringify([status, errors, target()]);
    if (key === shownProblems) return;
    shownProblems = key;
    const zones = dataset.current().zones;
    const zoneName = (id: string) => {
      const z = zones.ids.indexOf(id);
      return z >= 0 ? zones.names[z] : null;
    };
    const scenario = p.scenario();
    const lines = errors.map((e) => (e.path.startsWith('(') ? sentence(e.message) : `${describePath(e.path, scenario, zoneName)}: ${e.message}`));
    if (lines.length === 0) {
      problems.replaceChildren();
      problems.hidden = true;
    } else {
      const title = document.createElement('p');
      title.className = 'panel-problems-title';
      title.textContent = status === 'failed'
        ? 'The engine stopped:'
        : `The engine cannot run ${scenario.name} as it is; the map keeps the last result that worked:`;
      const list = document.createElement('ul');
      for (const line of lines) {
        const li = document.createElement('li');
        li.textContent = line;
        list.append(li);
      }
      problems.replaceChildren(title, list);
      problems.hidden = false;
    }
    const anchors = [...root.querySelectorAll<HTMLElement>('[data-error-for]')];
    const byPath = new Map<string, string[]>();
    for (const e of errors) {
      const at = errorAnchor(e.path, anchors.map((a) => a.dataset.errorFor ?? ''));
      if (at !== null) byPath.set(at, [...(byPath.get(at) ?? []), e.message]);
    }
    for (const anchor of anchors) {
      const messages = byPath.get(anchor.dataset.errorFor ?? '') ?? [];
      anchor.textContent = messages.map(sentence).join(' ');
      anchor.hidden = messages.length === 0;
      const field = anchor.closest('.field')?.querySelector('input, select');
      if (field) field.toggleAttribute('aria-invalid', messages.length > 0);
    }
  }

  let lastStructure = '';
  function update(): void {
    for (const input of targets) input.checked = input.value === target();
    heading.textContent = target() === 'scenario' ? 'Scenario' : 'Comparison scenario';
    for (const s of sections) s.update();
    const run = results.get(target());
    const errors = run.status === 'invalid' || run.status === 'failed' || run.status === 'running' ? run.errors : [];
    // Sections that rebuilt need their error lines filled again.
    const structure = String(root.querySelectorAll('[data-error-for]').length) + JSON.stringify(p.scenario());
    if (structure !== lastStructure) {
      lastStructure = structure;
      shownProblems = '';
    }
    showProblems(errors, run.status);
  }

  const request = () => ctx.frames.request(update);
  store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario && state.comparison === previous.comparison && state.view.selectedZone === previous.view.selectedZone &&
      state.session.panelTarget === previous.session.panelTarget && state.session.placing === previous.session.placing) return;
    request();
  });
  results.subscribe(request);
  dataset.subscribe(request);
  update();
}
