import { fileSlug, type ExportFormat } from '../../engine/index.ts';
import { shareHash } from '../state/persistState.ts';
import type { AppContext } from '../app/appContext.ts';
import { button, el } from '../dom.ts';
import { downloadText } from './downloadText.ts';
import { exportMessage } from './exportMessage.ts';
import type { MessageArea } from './messageArea.ts';

/**
 * While `task` runs the button is disabled and says so; its label comes back afterwards. It is marked
 * aria-disabled rather than disabled so that keyboard focus stays on it.
 */
async function busy(b: HTMLButtonElement, label: string, task: () => Promise<void>): Promise<void> {
  if (b.getAttribute('aria-disabled') === 'true') return;
  const idle = b.textContent;
  b.setAttribute('aria-disabled', 'true');
  b.textContent = label;
  try {
    await task();
  } finally {
    b.removeAttribute('aria-disabled');
    b.textContent = idle;
  }
}

/**
 * "Export CSV", "Export summary CSV", "Export scenario JSON" and "Copy share link". The CSVs are written
 * by the engine with the CLI's writers (same bytes, formula injection neutralised there).
 */
export function exportRow(ctx: AppContext, messages: MessageArea): HTMLElement {
  const row = el('div', { className: 'export-row', attrs: { role: 'group', 'aria-label': 'Export' } });

  const tool = { className: 'tool-button' };
  const fromEngine = (label: string, what: string, format: ExportFormat) => {
    const b = button(label, () => {
      if (b.getAttribute('aria-disabled') === 'true') return;
      messages.clear();
      void busy(b, 'Exporting…', async () => {
        let outcome;
        try {
          outcome = await ctx.engine.exportFile(`export-${format}`, ctx.store.get().scenario, format);
        } catch (e) {
          outcome = e instanceof Error ? e : new Error(String(e));
        }
        if (!(outcome instanceof Error) && outcome.ok) {
          downloadText(outcome.text, outcome.fileName, outcome.mimeType);
          return;
        }
        const message = exportMessage(what, outcome);
        if (message) messages.error(message);
      });
    }, tool);
    return b;
  };

  const scenarioJson = button('Export scenario JSON', () => {
    messages.clear();
    const { scenario } = ctx.store.get();
    downloadText(`${JSON.stringify(scenario, null, 2)}\n`, `${fileSlug(scenario.name)}-scenario.json`, 'application/json');
  }, tool);

  const share = button('Copy share link', () => {
    if (share.getAttribute('aria-disabled') === 'true') return;
    messages.clear();
    const url = `${location.origin}${location.pathname}${location.search}${shareHash(ctx.store.get())}`;
    void busy(share, 'Copying…', async () => {
      try {
        await navigator.clipboard.writeText(url);
        messages.info('Share link copied. Anyone who opens it sees this scenario and view.');
      } catch {
        messages.link('The clipboard is not available here. Copy the link below.', url);
      }
    });
  }, tool);

  row.append(
    fromEngine('Export CSV', 'The allocation CSV', 'allocation-csv'),
    fromEngine('Export summary CSV', 'The summary CSV', 'summary-csv'),
    scenarioJson,
    share,
  );
  return row;
}
