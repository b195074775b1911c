import { droppedFiles } from './droppedFiles.ts';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Makes the whole page a drop target for files and folders, with an overlay saying so while files are
 * dragged over it. Drops of anything but files (text, links) are left to the browser.
 */
export function dropTarget(onFiles: (files: File[]) => void): HTMLElement {
  const overlay = document.createElement('div');
  overlay.className = 'drop-overlay';
  overlay.hidden = true;
  const message = document.createElement('p');
  message.textContent = 'Drop dataset files or a dataset folder to load them';
  overlay.append(message);
  // dragenter and dragleave fire for every child crossed; count them to know when the pointer leaves the page.
  let depth = 0;

  document.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('dragleave', (event) => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener('drop', (event) => {
    if (!hasFiles(event) || !event.dataTransfer) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    void droppedFiles(event.dataTransfer).then(onFiles);
  });
  return overlay;
}
