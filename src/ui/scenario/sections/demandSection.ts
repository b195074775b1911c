import { DEFAULTS } from '../../../engine/index.ts';
import { numberField, panelSection, selectField } from '../formFields.ts';
import { rebuildOnChange, type PanelContext, type PanelSection } from '../panelContext.ts';
import { setRiskYear, setWeight } from '../scenarioEdits.ts';

const WEIGHTS = [
  ['present', 'People present'],
  ['footfall', 'Station footfall'],
  ['risk', 'Recorded crime'],
] as const;

/** Demand: the relative weights of its three components, and which year's crime figures. */
export function demandSection(p: PanelContext): PanelSection {
  const { root, body } = panelSection('Demand', 'demand', 'weights');
  const update = rebuildOnChange(
    body,
    () => JSON.stringify([p.target(), p.scenario().weights, p.scenario().riskYear, p.ctx.dataset.current().riskYears]),
    () => {
      const s = p.scenario();
      const weights = { ...DEFAULTS.weights, ...(s.weights ?? {}) };
      const nodes: Node[] = [];
      const hint = document.createElement('p');
      hint.className = 'section-hint';
      hint.textContent = 'Relative weights: each component becomes zones\u2019 shares of its total, averaged with these weights.';
      nodes.push(hint);
      for (const [key, label] of WEIGHTS) {
        nodes.push(
          numberField({
            id: `weight-${key}`, label: `Weight of ${label.toLowerCase()}`, value: weights[key], path: `weights.${key}`,
            min: 0, max: 100, step: 'any', onCommit: (v) => p.edit((sc) => setWeight(sc, key, v ?? 0)),
          }).root,
        );
      }
      const years = p.ctx.dataset.current().riskYears;
      if (years.length > 0) {
        const options: [string, string][] = years.map((y) => [String(y), String(y)]);
        if (s.riskYear === undefined) options.unshift(['', 'Dataset default']);
        nodes.push(
          selectField({
            id: 'risk-year', label: 'Recorded crime year', value: s.riskYear === undefined ? '' : String(s.riskYear), path: 'riskYear', options,
            onCommit: (v) => p.edit((sc) => setRiskYear(sc, v === '' ? undefined : Number(v))),
          }).root,
        );
      }
      return nodes;
    },
  );
  return { root, update };
}
