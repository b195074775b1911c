import { DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK } from '../../model/time.ts';
import type { AppContext } from '../app/appContext.ts';
import { createPlaybackClock, SPEEDS } from './playbackClock.ts';
import { DAY_NAMES, slotText } from './slotText.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface TimeBar {
  playing(): boolean;
  pause(): void;
  onPlayingChange(listener: (playing: boolean) => void): void;
}

/**
 * The week's clock: the big day and time, the "Time of day" slider (672 slots; arrows step 15 minutes,
 * Page Up/Down an hour, Home/End the week's ends), a day selector, and play/pause with speed. Playing
 * advances the slot on animation frames; each step is one view change, nothing more.
 */
export function mountTimeBar(ctx: AppContext, root: HTMLElement): TimeBar {
  const { store } = ctx;
  const setSlot = (slot: number) => {
    const next = ((slot % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK;
    if (next !== store.get().view.slot) store.set((s) => ({ ...s, view: { ...s.view, slot: next } }), { undoable: false });
  };

  const clock = el('output', 'time-clock');
  clock.id = 'time-clock';

  const play = el('button', 'play-button', 'Play');
  play.type = 'button';
  play.id = 'play-button';

  const speedLabel = el('label', 'time-label', 'Speed');
  const speed = el('select', 'time-speed');
  speed.id = 'play-speed';
  speedLabel.htmlFor = speed.id;
  for (const s of SPEEDS) {
    const o = el('option', '', `${s}×`);
    o.value = String(s);
    speed.append(o);
  }
  speed.value = '4';

  const dayLabel = el('label', 'time-label', 'Day');
  const day = el('select', 'time-day');
  day.id = 'day-select';
  dayLabel.htmlFor = day.id;
  DAYS.forEach((_, d) => {
    const o = el('option', '', DAY_NAMES[d]);
    o.value = String(d);
    day.append(o);
  });
  day.addEventListener('change', () => {
    setSlot(Number(day.value) * SLOTS_PER_DAY + (store.get().view.slot % SLOTS_PER_DAY));
  });

  const slider = el('input', 'time-slider');
  slider.type = 'range';
  slider.id = 'time-slider';
  slider.min = '0';
  slider.max = String(SLOTS_PER_WEEK - 1);
  slider.step = '1';
  slider.setAttribute('aria-label', 'Time of day');
  slider.addEventListener('input', () => setSlot(Number(slider.value)));
  slider.addEventListener('keydown', (event) => {
    const by = event.key === 'PageUp' ? 4 : event.key === 'PageDown' ? -4 : 0;
    if (by === 0) return;
    event.preventDefault();
    setSlot(store.get().view.slot + by);
  });

  const days = el('div', 'time-days');
  days.setAttribute('aria-hidden', 'true');
  for (const d of DAYS) days.append(el('span', '', d));
  const track = el('div', 'time-track');
  track.append(slider, days);

  const controls = el('div', 'time-controls');
  controls.append(play, speedLabel, speed, dayLabel, day);
  root.replaceChildren(clock, track, controls);

  const ticker = createPlaybackClock(Number(speed.value));
  const playingListeners: ((playing: boolean) => void)[] = [];
  let frame: number | null = null;
  const loop = (now: number) => {
    frame = requestAnimationFrame(loop);
    const steps = ticker.tick(now);
    if (steps > 0) setSlot(store.get().view.slot + steps);
  };
  const setPlaying = (on: boolean) => {
    if (on === (frame !== null)) return;
    if (on) {
      ticker.reset();
      frame = requestAnimationFrame(loop);
    } else if (frame !== null) {
      cancelAnimationFrame(frame);
      frame = null;
    }
    play.textContent = on ? 'Pause' : 'Play';
    play.classList.toggle('is-playing', on);
    for (const listener of playingListeners) listener(on);
  };
  play.addEventListener('click', () => setPlaying(frame === null));
  speed.addEventListener('change', () => ticker.setSpeed(Number(speed.value)));

  let shown = -1;
  const sync = () => {
    const slot = store.get().view.slot;
    if (slot === shown) return;
    shown = slot;
    const text = slotText(slot);
    clock.textContent = text;
    slider.value = String(slot);
    slider.setAttribute('aria-valuetext', text);
    const d = String(Math.floor(slot / SLOTS_PER_DAY));
    if (day.value !== d) day.value = d;
  };
  store.subscribe(sync);
  sync();
  return {
    playing: () => frame !== null,
    pause: () => setPlaying(false),
    onPlayingChange: (listener) => void playingListeners.push(listener),
  };
}
