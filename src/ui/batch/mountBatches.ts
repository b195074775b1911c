import type { AppContext } from '../app/appContext.ts';
import { button, el } from '../dom.ts';
import { BATCH_VIEWS, type BatchView } from '../state/appState.ts';
import { setSession } from '../state/viewActions.ts';
import type { BatchSubpanel } from './batchSubpanel.ts';
import { frontCounterPanel } from './frontCounterPanel.ts';
import { frontierPanel } from './frontierPanel.ts';
import { sweepPanel } from './sweepPanel.ts';
import './batch.css';

const VIEW_LABELS: Readonly<Record<BatchView, string>> = { frontier: 'Officers for a target', 'front-counter': 'Front counters', sweep: 'Sweeps' };

/**
 * The batch panel: the officers-for-a-target frontier, front-counter hours and sweeps, over the map
 * beside the insight panel. A "Batches" button in `toolbar` opens it; which view it shows (or none:
 * closed) is session state. Closing it stops every batch it started.
 */
export function mountBatches(ctx: AppContext, toolbar: HTMLElement, panel: HTMLElement): void {
  const { store } = ctx;
  const toggle = button('Batches', () => setSession(store, { batches: store.get().session.batches === null ? 'frontier' : null }), {
    className: 'toggle-button', id: 'batches-toggle',
  });
  toggle.title = 'Frontier, front-counter hours and sweeps: many runs in the engine';
  toggle.setAttribute('aria-controls', panel.id);
  toolbar.append(toggle);

  const views: Record<BatchView, BatchSubpanel> = {
    frontier: frontierPanel(ctx),
    'front-counter': frontCounterPanel(ctx),
    sweep: sweepPanel(ctx),
  };

  const heading = el('h2', { id: 'batch-panel-title', text: 'Batches', attrs: { tabindex: '-1' } });
  const close = button('Close', () => setSession(store, { batches: null }), { className: 'batch-button batch-close', label: 'Close the batch panel' });
  const choices = el('fieldset', { className: 'segmented batch-switch' }, [el('legend', { className: 'visually-hidden', text: 'Batch' })]);
  const radios = BATCH_VIEWS.map((v) => {
    const input = el('input', { type: 'radio', id: `batch-view-${v}`, value: v });
    input.name = 'batch-view';
    input.addEventListener('change', () => {
      if (input.checked) setSession(store, { batches: v });
    });
    choices.append(el('label', { htmlFor: input.id }, [input, VIEW_LABELS[v]]));
    return input;
  });
  panel.classList.add('batch-panel');
  panel.setAttribute('aria-labelledby', heading.id);
  panel.append(el('div', { className: 'batch-panel-head' }, [heading, choices, close]), ...BATCH_VIEWS.map((v) => views[v].element));
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setSession(store, { batches: null });
  });

  // The panel sits under the header, whose height changes as it wraps (read where layout is fresh: on open and in the observer).
  const header = document.querySelector('.app-header');
  const place = () => panel.style.setProperty('--batch-top', `${header?.getBoundingClientRect().bottom ?? 0}px`);
  if (header) new ResizeObserver(place).observe(header);

  let open: BatchView | null = null;
  function sync(): void {
    const next = store.get().session.batches;
    toggle.setAttribute('aria-pressed', String(next !== null));
    if (next === open) return;
    const was = open;
    open = next;
    panel.hidden = next === null;
    BATCH_VIEWS.forEach((v, i) => {
      views[v].element.hidden = v !== next;
      radios[i].checked = v === next;
    });
    if (next === null) {
      for (const v of BATCH_VIEWS) views[v].stop();
      if (panel.contains(document.activeElement) || document.activeElement === document.body) toggle.focus();
    } else if (was === null) {
      place();
      heading.focus();
    }
  }
  store.subscribe(sync);
  sync();
}
