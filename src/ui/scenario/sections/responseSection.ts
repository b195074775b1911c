import { DEFAULTS } from '../../../engine/index.ts';
import { el } from '../../dom.ts';
import { checkboxField, numberField, panelSection } from '../formFields.ts';
import { rebuildOnChange, type PanelContext, type PanelSection } from '../panelContext.ts';
import { setResponse } from '../scenarioEdits.ts';

/**
 * The response simulation: how many replications (weeks simulated; more narrow the interval, at about
 * 1 / sqrt(replications)), their seed, and whether a zone with no free unit may send a neighbour's.
 */
export function responseSection(p: PanelContext): PanelSection {
  const { root, body } = panelSection('Response simulation', 'response', 'service');
  const update = rebuildOnChange(
    body,
    () => JSON.stringify([p.target(), p.scenario().service?.replications, p.scenario().service?.seed, p.scenario().service?.crossBoundary]),
    () => {
      const service = p.scenario().service ?? {};
      return [
        el('p', {
          className: 'section-hint',
          text: 'Calls, response units, dispatch and travel, simulated week after week: the headline share comes with its 95% interval.',
        }),
        numberField({
          id: 'replications', label: 'Replications (weeks simulated)', value: service.replications ?? DEFAULTS.response.replications,
          path: 'service.replications', min: 1, max: 10000, step: 1,
          hint: `Default ${DEFAULTS.response.replications}. Four times as many halve the interval and take four times as long.`,
          onCommit: (v) => p.edit((sc) => setResponse(sc, { replications: v === DEFAULTS.response.replications ? undefined : v })),
        }).root,
        numberField({
          id: 'response-seed', label: 'Seed', value: service.seed ?? DEFAULTS.response.seed, path: 'service.seed', min: 0, max: 4294967295, step: 1,
          hint: 'The same seed gives the same figures.',
          onCommit: (v) => p.edit((sc) => setResponse(sc, { seed: v === DEFAULTS.response.seed ? undefined : v })),
        }).root,
        checkboxField({
          id: 'cross-boundary', label: 'A free unit of a neighbouring zone may answer', checked: service.crossBoundary === true,
          path: 'service.crossBoundary', onCommit: (v) => p.edit((sc) => setResponse(sc, { crossBoundary: v ? true : undefined })),
        }).root,
      ];
    },
  );
  return { root, update };
}
