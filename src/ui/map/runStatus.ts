import type { RunState } from '../app/appContext.ts';

const STAGE_WORDS: Record<string, string> = {
  waiting: 'Waiting for edits to settle',
  starting: 'Starting',
  'people and demand': 'People and demand',
  'fixed model': 'Fixed model',
  allocation: 'Allocating officers',
  'smoothing (linear programme)': 'Smoothing (linear programme)',
  events: 'Events',
  'whole officers': 'Whole officers',
  measures: 'Measures',
  'response simulation': 'Simulating calls, units and travel',
  done: 'Drawing',
};

/**
 * "Calculating…" with a progress bar while either scenario runs, and a note when the map shows the
 * last good result of a scenario the engine refused.
 */
export function createRunStatus(root: HTMLElement): { update(runs: { label: string; run: RunState<unknown> }[], hexagonProblems?: string[]): void } {
  const text = document.createElement('span');
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.setAttribute('aria-label', 'Calculation progress');
  root.replaceChildren(text, bar);
  root.hidden = true;
  let lastText = '';
  return {
    update(runs, hexagonProblems = []) {
      const running = runs.filter((r) => r.run.status === 'running');
      const refused = runs.filter((r) => r.run.status === 'invalid' && r.run.result);
      let message = '';
      if (running.length > 0) {
        const { label, run } = running[0];
        const stage = run.progress ? (STAGE_WORDS[run.progress.stage] ?? run.progress.stage) : 'Starting';
        message = `Calculating ${label}: ${stage}…`;
        bar.value = run.progress?.fraction ?? 0;
        bar.hidden = false;
        root.className = 'run-status run-status-busy';
      } else if (refused.length > 0) {
        message = `Showing the last good result of ${refused.map((r) => r.label).join(' and ')}: see the problems in the scenario panel.`;
        bar.hidden = true;
        root.className = 'run-status run-status-refused';
      } else if (hexagonProblems.length > 0) {
        message = `The hexagons could not be allocated: ${hexagonProblems.join('; ')}`;
        bar.hidden = true;
        root.className = 'run-status run-status-refused';
      }
      root.hidden = message === '';
      if (message !== lastText) {
        lastText = message;
        text.textContent = message;
      }
    },
  };
}
