import { DAY_NAMES, DAYS, SLOTS_PER_DAY, SLOTS_PER_WEEK } from '../../engine/index.ts';
import type { AppContext } from '../app/appContext.ts';
import { el } from '../dom.ts';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../state/appState.ts';
import { setSession, setView } from '../state/viewActions.ts';
import { createPlaybackClock } from './playbackClock.ts';
import { slotText } from './slotText.ts';
import './time.css';

/**
 * The week's clock: the big day and time, the "Time of day" slider (672 slots; arrows step 15 minutes,
 * Page Up/Down an hour, Home/End the week's ends), a day selector, and play/pause with speed. Playing
 * is session state in the store; while it is on, each animation frame advances the slot by the time
 * that has passed, as one view change.
 */
export function mountTimeBar(ctx: AppContext, root: HTMLElement): void {
  const { store, frames } = ctx;
  const setSlot = (slot: number) => setView(store, { slot: ((slot % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK });

  const clock = el('output', { className: 'time-clock', id: 'time-clock' });
  const play = el('button', { className: 'play-button', id: 'play-button', type: 'button', text: 'Play' });
  const speed = el('select', { className: 'time-speed', id: 'play-speed' });
  for (const s of PLAYBACK_SPEEDS) speed.append(el('option', { value: String(s), text: `${s}×` }));
  const speedLabel = el('label', { className: 'time-label', text: 'Speed', htmlFor: speed.id });
  const day = el('select', { className: 'time-day', id: 'day-select' });
  DAYS.forEach((_, d) => day.append(el('option', { value: String(d), text: DAY_NAMES[d] })));
  const dayLabel = el('label', { className: 'time-label', text: 'Day', htmlFor: day.id });
  day.addEventListener('change', () => setSlot(Number(day.value) * SLOTS_PER_DAY + (store.get().view.slot % SLOTS_PER_DAY)));

  const slider = el('input', { className: 'time-slider', id: 'time-slider', type: 'range', min: '0', max: String(SLOTS_PER_WEEK - 1), step: '1' });
  slider.setAttribute('aria-label', 'Time of day');
  slider.addEventListener('input', () => setSlot(Number(slider.value)));
  // Every key steps from the store's slot, not the slider's value: the slider is redrawn on the next
  // animation frame, and keys pressed faster than that would otherwise step from a stale value.
  slider.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const slot = store.get().view.slot;
    const next = keySlot(event.key, slot);
    if (next === null) return;
    event.preventDefault();
    setSlot(next);
  });

  const days = el('div', { className: 'time-days' }, DAYS.map((d) => el('span', { text: d })));
  days.setAttribute('aria-hidden', 'true');
  const track = el('div', { className: 'time-track' }, [slider, days]);
  const controls = el('div', { className: 'time-controls' }, [play, speedLabel, speed, dayLabel, day]);
  root.replaceChildren(clock, track, controls);

  play.addEventListener('click', () => setSession(store, { playing: !store.get().session.playing }));
  speed.addEventListener('change', () => setSession(store, { speed: Number(speed.value) as PlaybackSpeed }));

  const ticker = createPlaybackClock(store.get().session.speed);
  let stopTicking: (() => void) | null = null;
  const tick = (now: number) => {
    const steps = ticker.tick(now);
    if (steps > 0) setSlot(store.get().view.slot + steps);
  };

  let shown = { slot: -1, playing: false, speed: 0 };
  const draw = () => {
    const { view, session } = store.get();
    if (session.playing !== shown.playing) {
      if (session.playing) {
        ticker.reset();
        stopTicking = frames.onTick(tick);
      } else {
        stopTicking?.();
        stopTicking = null;
      }
      play.textContent = session.playing ? 'Pause' : 'Play';
      play.classList.toggle('is-playing', session.playing);
    }
    if (session.speed !== shown.speed) {
      ticker.setSpeed(session.speed);
      speed.value = String(session.speed);
    }
    if (view.slot !== shown.slot) {
      const text = slotText(view.slot);
      clock.textContent = text;
      slider.value = String(view.slot);
      slider.setAttribute('aria-valuetext', text);
      const d = String(Math.floor(view.slot / SLOTS_PER_DAY));
      if (day.value !== d) day.value = d;
    }
    shown = { slot: view.slot, playing: session.playing, speed: session.speed };
  };
  store.subscribe(() => frames.request(draw));
  draw();
}

const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 4, PageDown: -4 };

/** The slot a key on the slider goes to from `slot`, or null for a key the slider leaves alone. */
function keySlot(key: string, slot: number): number | null {
  if (key === 'Home') return 0;
  if (key === 'End') return SLOTS_PER_WEEK - 1;
  const by = KEY_STEPS[key];
  return by === undefined ? null : slot + by;
}
