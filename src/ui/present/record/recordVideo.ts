import { setSession, setView } from '../../state/viewActions.ts';
import type { Store } from '../../state/store.ts';
import type { Compositor } from './compositor.ts';
import { readWebm } from './readWebm.ts';
import { retimeWebm } from './writeWebm.ts';

/** A frame the encoder has not produced after this long has been lost. */
const FRAME_TIMEOUT_MS = 60_000;
/** How long the first frame (caught as recording starts) may take before it is asked for again. */
const FIRST_FRAME_MS = 1_500;

export class RecordingCancelled extends Error {
  constructor() {
    super('recording cancelled');
  }
}

export interface VideoOptions {
  /** The week slots to show, one video frame each, in order. */
  slots: readonly number[];
  /** How long each frame shows in the video. */
  frameMs: number;
  /** Checked between frames. */
  cancelled(): boolean;
  onProgress(done: number, total: number): void;
}

/** The WebM types MediaRecorder may write, best first (VP8 encodes fastest in software). */
export function webmType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t)) ?? null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records `slots` as a WebM video with MediaRecorder on `canvas` (`canvas.captureStream(0)`, one
 * `requestFrame()` per frame). Each frame is drawn by `compositor` from the app's own maps, so the page
 * stays responsive: every step awaits an animation frame or the maps' 'idle'. The encoder is given one
 * frame at a time: the next is drawn only once the file holds the last (read with `requestData()`), so
 * none is dropped on a slow machine. MediaRecorder stamps frames with the wall clock, so the file is
 * written again with frame k at k * frameMs (retimeWebm). The store's slot is put back afterwards.
 */
export async function recordVideo(store: Store, compositor: Compositor, canvas: HTMLCanvasElement, options: VideoOptions): Promise<Blob> {
  const type = webmType();
  if (!type) throw new Error('this browser cannot record WebM video (MediaRecorder with VP8 or VP9)');
  const { slots } = options;
  const startSlot = store.get().view.slot;
  setSession(store, { playing: false });

  let bytes = new Uint8Array(1 << 20);
  let length = 0;
  let pending: Promise<void> = Promise.resolve();
  const append = (chunk: Blob) => {
    pending = pending.then(async () => {
      const data = new Uint8Array(await chunk.arrayBuffer());
      if (length + data.length > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, length + data.length));
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
      bytes.set(data, length);
      length += data.length;
    });
  };

  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: Math.round(canvas.width * canvas.height * 3) });
  let delivered: (() => void) | null = null;
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) append(event.data);
    delivered?.();
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));

  /** Frames the file holds so far. */
  const count = async (): Promise<number> => {
    const asked = new Promise<void>((resolve) => (delivered = resolve));
    recorder.requestData();
    await asked;
    await pending;
    return readWebm(bytes, length).frames.length;
  };
  const waitFor = async (frames: number, timeoutMs: number): Promise<boolean> => {
    const start = performance.now();
    let delay = 8;
    while ((await count()) < frames) {
      if (performance.now() - start > timeoutMs) return false;
      await sleep(delay);
      delay = Math.min(60, delay * 1.5);
    }
    return true;
  };

  try {
    setView(store, { slot: slots[0] });
    await compositor.draw();
    recorder.start();
    // The canvas is caught once as recording starts; if not, ask for the first frame.
    if (!(await waitFor(1, FIRST_FRAME_MS))) {
      track.requestFrame();
      if (!(await waitFor(1, FRAME_TIMEOUT_MS))) throw new Error('the video encoder produced no frame');
    }
    // Frames already in the file beyond the first (the start caught twice) are told apart by counting.
    await sleep(100);
    const base = await count();
    options.onProgress(1, slots.length);
    for (let i = 1; i < slots.length; i++) {
      if (options.cancelled()) throw new RecordingCancelled();
      setView(store, { slot: slots[i] });
      await compositor.draw();
      track.requestFrame();
      if (!(await waitFor(base + i, FRAME_TIMEOUT_MS))) throw new Error(`the video encoder lost frame ${i + 1}`);
      options.onProgress(i + 1, slots.length);
    }
    recorder.stop();
    await stopped;
    await pending;
    const file = readWebm(bytes, length);
    return new Blob([retimeWebm(file, options.frameMs, slots.length) as Uint8Array<ArrayBuffer>], { type: 'video/webm' });
  } finally {
    if (recorder.state !== 'inactive') recorder.stop();
    for (const t of stream.getTracks()) t.stop();
    setView(store, { slot: startSlot });
  }
}
