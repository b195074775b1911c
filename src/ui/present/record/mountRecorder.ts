import { DAYS, dayOfSlot, fileSlug, formatClock } from '../../../engine/index.ts';
import type { AppContext } from '../../app/appContext.ts';
import { button, el, labelled } from '../../dom.ts';
import type { MapArea } from '../../map/mountMapArea.ts';
import { PLAYBACK_SPEEDS } from '../../state/appState.ts';
import { createCompositor } from './compositor.ts';
import { frameMs, spanSlots, SPANS, type Span } from './recordingSpan.ts';
import { recordVideo, RecordingCancelled } from './recordVideo.ts';
import './record.css';

export const RESOLUTIONS = [
  { value: '1280x720', label: '1280 × 720', width: 1280, height: 720 },
  { value: '1920x1080', label: '1920 × 1080', width: 1920, height: 1080 },
] as const;

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { hidden: true, attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * "Record video" and "Export PNG" in the workshop bar, with the size (1280 × 720 or 1920 × 1080), the
 * span (the day on screen, the rest of it, six hours, the week) and the video's speed. While a video
 * records, a preview of the frames, the progress and "Cancel" show; the page stays usable.
 */
export function mountRecorder(ctx: AppContext, bar: HTMLElement, area: () => MapArea): void {
  const { store } = ctx;
  const size = el('select', {}, RESOLUTIONS.map((r) => el('option', { value: r.value, text: r.label })));
  const span = el('select', {}, SPANS.map((s) => el('option', { value: s.value, text: s.label })));
  const speed = el('select', {}, PLAYBACK_SPEEDS.map((s) => el('option', { value: String(s), text: `${s}×` })));
  speed.value = '4';
  const preview = el('canvas', { className: 'record-preview', attrs: { 'aria-hidden': 'true' } });
  const progress = el('progress', { id: 'record-progress', attrs: { max: '1', value: '0', 'aria-label': 'Recording progress' } });
  const progressText = el('span', { className: 'record-progress-text' });
  const status = el('p', { className: 'record-status', id: 'record-status', attrs: { role: 'status' } });
  let cancelled = false;
  const cancel = button('Cancel', () => (cancelled = true), { className: 'tool-button', id: 'record-cancel', label: 'Cancel recording' });
  const running = el('div', { className: 'record-running', hidden: true }, [preview, progress, progressText, cancel]);
  let busy = false;

  const resolution = () => RESOLUTIONS.find((r) => r.value === size.value) ?? RESOLUTIONS[0];
  const baseName = () => {
    const { scenario, comparison, view, story, session } = store.get();
    const what = session.storyView !== null ? story.title : view.compare ? `${scenario.name} and ${comparison.name}` : scenario.name;
    return `tideline-${fileSlug(what)}`;
  };

  async function run(label: string, task: (canvas: HTMLCanvasElement) => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    settings.open = false; // its drop-down would cover the progress and Cancel
    record.setAttribute('aria-disabled', 'true');
    png.setAttribute('aria-disabled', 'true');
    const r = resolution();
    preview.width = r.width;
    preview.height = r.height;
    status.textContent = label;
    try {
      await task(preview);
    } catch (error) {
      status.textContent = error instanceof RecordingCancelled
        ? 'Recording cancelled; nothing was saved.'
        : `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      busy = false;
      running.hidden = true;
      record.removeAttribute('aria-disabled');
      png.removeAttribute('aria-disabled');
    }
  }

  const record = button('Record video', () => void run('Recording…', async (canvas) => {
    cancelled = false;
    const slots = spanSlots(span.value as Span, store.get().view.slot);
    const ms = frameMs(Number(speed.value));
    const name = `${baseName()}-${span.value === 'week' ? 'week' : DAYS[dayOfSlot(slots[0])].toLowerCase()}.webm`;
    progress.max = slots.length;
    progress.value = 0;
    progressText.textContent = '';
    running.hidden = false;
    const compositor = createCompositor({ store, frames: ctx.frames, area: area() }, canvas);
    let blob: Blob;
    try {
      blob = await recordVideo(store, compositor, canvas, {
        slots, frameMs: ms, cancelled: () => cancelled,
        onProgress(done, total) {
          progress.value = done;
          progressText.textContent = `Frame ${done} of ${total}`;
        },
      });
    } finally {
      compositor.finish();
    }
    save(blob, name);
    status.textContent = `Saved ${name}: ${slots.length} frames, ${((slots.length * ms) / 1000).toFixed(1)} s, ${megabytes(blob.size)}.`;
  }), { className: 'tool-button', id: 'record-video' });

  const png = button('Export PNG', () => void run('Drawing the image…', async (canvas) => {
    const compositor = createCompositor({ store, frames: ctx.frames, area: area() }, canvas);
    try {
      await compositor.draw();
    } finally {
      compositor.finish();
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the image');
    const { view } = store.get();
    const name = `${baseName()}-${DAYS[dayOfSlot(view.slot)].toLowerCase()}-${formatClock(view.slot).replace(':', '')}.png`;
    save(blob, name);
    status.textContent = `Saved ${name} (${canvas.width} × ${canvas.height}).`;
  }), { className: 'tool-button', id: 'export-png' });

  // The settings fold away so the bar stays one line on a laptop.
  const settings = el('details', { className: 'record-settings' }, [
    el('summary', { text: 'Video settings' }),
    el('div', { className: 'record-settings-body' }, [
      labelled('record-size', 'Size', size),
      labelled('record-span', 'Span', span),
      labelled('record-speed', 'Video speed', speed),
    ]),
  ]);
  bar.append(el('div', { className: 'record-tools', attrs: { role: 'group', 'aria-label': 'Video and image' } }, [
    record,
    png,
    settings,
    el('div', { className: 'record-float' }, [running, status]),
  ]));
}
