import type { RunState } from '../app/appContext.ts';
import { formatPercent } from './formatFigure.ts';

export interface RunNote {
  element: HTMLElement;
  update(run: RunState<unknown>, hasResult: boolean): void;
}

/** Says when the figures are being recalculated, or are for an earlier version of the scenario. */
export function runNote(): RunNote {
  const element = document.createElement('p');
  element.className = 'run-note';
  element.setAttribute('role', 'status');
  let shown = '';
  return {
    element,
    update(run, hasResult) {
      let text = '';
      if (run.status === 'running') {
        const done = run.progress ? ` (${formatPercent(run.progress.fraction, 0)})` : '';
        text = hasResult ? `Recalculating${done}; the figures below are for the previous version.` : `Calculating${done}…`;
      } else if (run.status === 'invalid' || run.status === 'failed') {
        const first = run.errors[0];
        const why = first ? (first.path.startsWith('(') ? first.message : `${first.path}: ${first.message}`) : 'the engine gave no reason';
        text = `The scenario cannot be calculated (${why}).${hasResult ? ' The figures below are for its last working version.' : ''}`;
      }
      if (text === shown) return;
      shown = text;
      element.textContent = text;
      element.hidden = text === '';
      element.classList.toggle('run-note-problem', run.status === 'invalid' || run.status === 'failed');
    },
  };
}
