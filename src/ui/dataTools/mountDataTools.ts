import type { AppContext } from '../app/appContext.ts';
import { dataLoader } from './dataLoader.ts';
import { exportRow } from './exportRow.ts';
import { messageArea } from './messageArea.ts';
import './dataTools.css';

/** The header's data tools: exports of the current scenario, and loading a dataset of one's own. */
export function mountDataTools(ctx: AppContext, element: HTMLElement): void {
  element.classList.add('data-tools');
  // One place for both groups' outcomes, so a new message replaces the last instead of covering it.
  const messages = messageArea('data-tools-message');
  element.append(exportRow(ctx, messages), dataLoader(ctx, messages), messages.element);
}
