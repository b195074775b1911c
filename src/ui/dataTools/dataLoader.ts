import type { AppContext } from '../app/appContext.ts';
import { button } from '../dom.ts';
import { dataErrorPanel } from './dataErrorPanel.ts';
import { dropTarget } from './dropTarget.ts';
import { loadProgress } from './loadProgress.ts';
import type { MessageArea } from './messageArea.ts';
import { readDatasetFiles, type PickedFile } from './readDatasetFiles.ts';

function fileInput(id: string, folder: boolean): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = id;
  input.multiple = true;
  input.hidden = true;
  input.tabIndex = -1;
  if (folder) input.webkitdirectory = true;
  else input.accept = '.csv,.json,.geojson,.topojson';
  return input;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * "Load data" (files), "Load folder" and "Use the London default", plus drag and drop onto the page.
 * Files are read here and parsed by the engine; a bad set lists every problem and changes nothing.
 */
export function dataLoader(ctx: AppContext, messages: MessageArea): HTMLElement {
  const group = document.createElement('div');
  group.className = 'data-loader';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Dataset');
  const tool = { className: 'tool-button' };
  const pickFiles = button('Load data', () => !busy && filesInput.click(), tool);
  const pickFolder = button('Load folder', () => !busy && folderInput.click(), tool);
  const useDefault = button('Use the London default', () => {
    const hadFocus = document.activeElement === useDefault;
    void load('default').then(() => {
      // The button hides once London is back, dropping focus to the page: keep it in the group.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (hadFocus && useDefault.hidden && lost) pickFiles.focus();
    });
  }, tool);
  const filesInput = fileInput('data-files', false);
  const folderInput = fileInput('data-folder', true);
  const progress = loadProgress();
  const errors = dataErrorPanel(() => pickFiles.focus());
  const overlay = dropTarget((files) => void load(files));
  group.append(pickFiles, pickFolder, useDefault, filesInput, folderInput, progress.element, errors.element, overlay);

  const showDefaultButton = () => {
    useDefault.hidden = ctx.dataset.isDefault();
  };
  showDefaultButton();
  ctx.dataset.subscribe(showDefaultButton);

  let busy = false;
  // aria-disabled, not disabled: the button the user pressed keeps keyboard focus while loading.
  function setBusy(on: boolean): void {
    busy = on;
    for (const b of [pickFiles, pickFolder, useDefault]) {
      if (on) b.setAttribute('aria-disabled', 'true');
      else b.removeAttribute('aria-disabled');
    }
    group.setAttribute('aria-busy', String(on));
  }

  const keptNote = () => `Nothing has changed: the map still shows ${ctx.dataset.current().name}.`;

  async function load(picked: readonly PickedFile[] | 'default'): Promise<void> {
    if (busy) return;
    setBusy(true);
    errors.hide();
    messages.clear();
    try {
      let skipped: string[] = [];
      let source: Parameters<typeof ctx.dataset.load>[0] = 'default';
      if (picked !== 'default') {
        progress.show('Reading files…', 0);
        const read = await readDatasetFiles(picked, (f) => progress.show('Reading files…', f / 2));
        skipped = read.skipped;
        if (read.files.length === 0 && read.errors.length === 0) {
          errors.show('No dataset files found', keptNote(), [
            `None of ${plural(picked.length, 'file', 'files')} given is a .csv, .json, .geojson or .topojson file. A dataset needs zones, residents.csv and flows.csv (see docs/data-format.md).`,
          ], []);
          return;
        }
        if (read.errors.length > 0) {
          errors.show('The dataset was not loaded', keptNote(), read.errors, []);
          return;
        }
        source = read.files;
      }
      progress.show(picked === 'default' ? 'Loading the London default…' : 'Checking the dataset…', null);
      const outcome = await ctx.dataset.load(source, (f) => {
        if (picked !== 'default' && f > 0 && f < 1) progress.show('Checking the dataset…', 0.5 + f / 2);
      });
      if (!outcome.ok) {
        const count = plural(outcome.errors.length, 'problem', 'problems');
        errors.show(`The dataset was not loaded: ${count}`, keptNote(), outcome.errors, outcome.warnings);
        return;
      }
      const summary = ctx.dataset.current();
      const parts = [`Loaded ${summary.name}: ${plural(summary.counts.zones, 'zone', 'zones')}, ${plural(summary.counts.stations, 'station', 'stations')}.`];
      if (summary.warnings.length > 0) parts.push(`${plural(summary.warnings.length, 'warning', 'warnings')}: ${summary.warnings.join('; ')}.`);
      if (skipped.length > 0) parts.push(`Not dataset files, left out: ${skipped.join(', ')}.`);
      messages.info(parts.join(' '));
    } catch (e) {
      errors.show('The dataset was not loaded', keptNote(), [e instanceof Error ? e.message : String(e)], []);
    } finally {
      progress.hide();
      setBusy(false);
    }
  }

  for (const input of [filesInput, folderInput]) {
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      input.value = ''; // picking the same files again after fixing them must fire 'change' again
      if (files.length > 0) void load(files);
    });
  }
  return group;
}
