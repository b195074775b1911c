import type { Explanation } from '../../engine/index.ts';
import type { ZoneExplanation } from '../app/appContext.ts';
import { el } from '../dom.ts';
import { explanationSections, explanationSummary, type ExplanationSection } from './explanationSections.ts';

/** What to explain: a zone in a slot, for a scenario, dataset and run (compared by identity). */
export interface ExplanationRequest {
  zone: string;
  zoneName: string;
  slot: number;
  slotLabel: string;
  scenario: unknown;
  dataset: unknown;
  result: unknown;
  /** The zone's figures from the response simulation, shown after the engine's explanation (boroughs). */
  response: ExplanationSection[] | null;
}

export interface ExplanationPanel {
  element: HTMLElement;
  /** Asks for an explanation, `delay` ms after the last call (so a playing slider asks once it stops); null hides it. */
  show(request: ExplanationRequest | null, delay: number): void;
  /** Takes the figures away and waits (the scenario is being recalculated) without asking the engine. */
  hold(zoneName: string, slotLabel: string): void;
}

const same = (a: ExplanationRequest | null, b: ExplanationRequest | null) =>
  a === b || (a !== null && b !== null && a.zone === b.zone && a.slot === b.slot && a.scenario === b.scenario && a.dataset === b.dataset &&
    a.result === b.result && a.response === b.response);

/**
 * "Why this number?": the engine's explanation of the selected zone's officers. The moment what is
 * asked changes, the old figures are taken away and "Calculating…" is shown, and an answer is drawn
 * only if it is still the one asked for, so figures never belong to another zone, time or scenario.
 */
export function explanationPanel(explain: (zone: string, slot: number) => Promise<ZoneExplanation | null>): ExplanationPanel {
  const section = document.createElement('section');
  section.className = 'insight-section why';
  section.setAttribute('aria-labelledby', 'why-title');
  const heading = document.createElement('h3');
  heading.id = 'why-title';
  heading.textContent = 'Why this number?';
  const state = document.createElement('p');
  state.className = 'why-state';
  state.setAttribute('role', 'status');
  const body = document.createElement('div');
  body.className = 'why-body';
  section.append(heading, state, body);

  let wanted: ExplanationRequest | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let held = false;

  function setState(text: string, busy: boolean): void {
    if (state.textContent !== text) state.textContent = text;
    section.setAttribute('aria-busy', String(busy));
  }

  function render(e: Explanation, request: ExplanationRequest, estimated: string | null): void {
    const summary = document.createElement('p');
    summary.className = 'why-summary';
    summary.textContent = explanationSummary(e);
    const parts: HTMLElement[] = [summary];
    // Below borough level the figures rest on proxies: say which and how before anything else.
    if (estimated) parts.push(el('p', { className: 'why-estimated', text: estimated }));
    for (const s of [...explanationSections(e), ...(request.response ?? [])]) {
      const title = document.createElement('h4');
      title.textContent = s.title;
      const list = document.createElement('dl');
      list.className = 'why-list';
      for (const row of s.rows) {
        const term = document.createElement('dt');
        term.textContent = row.label;
        const detail = document.createElement('dd');
        const value = document.createElement('span');
        value.className = 'why-value';
        value.textContent = row.value;
        detail.append(value);
        if (row.note) {
          const note = document.createElement('span');
          note.className = 'why-note';
          note.textContent = row.note;
          detail.append(note);
        }
        list.append(term, detail);
      }
      parts.push(title, list);
    }
    body.replaceChildren(...parts);
    body.dataset.zone = request.zone;
    body.dataset.slot = String(request.slot);
    body.classList.remove('is-waiting');
    body.removeAttribute('aria-hidden');
    setState('', false);
  }

  async function ask(request: ExplanationRequest): Promise<void> {
    let answer: ZoneExplanation | null;
    try {
      answer = await explain(request.zone, request.slot);
    } catch (e) {
      if (wanted !== request) return;
      body.replaceChildren();
      setState(`The explanation could not be calculated: ${e instanceof Error ? e.message : String(e)}`, false);
      return;
    }
    if (wanted !== request) return;
    if (answer) render(answer.explanation, request, answer.estimated);
    else {
      body.replaceChildren();
      setState('No explanation for this scenario yet: it is being recalculated or has a problem.', false);
    }
  }

  /**
   * Waits for figures of another zone, time or scenario. The old ones are hidden from sight and from
   * assistive technology at once, but keep their space so the panel does not jump while a day plays.
   */
  function reset(zoneName: string, slotLabel: string): void {
    clearTimeout(timer);
    body.classList.add('is-waiting');
    body.setAttribute('aria-hidden', 'true');
    delete body.dataset.zone;
    delete body.dataset.slot;
    section.hidden = false;
    const title = `Why this number? ${zoneName}, ${slotLabel}`;
    if (heading.textContent !== title) heading.textContent = title;
    setState(`Calculating ${zoneName} at ${slotLabel}…`, true);
  }

  return {
    element: section,
    show(request, delay) {
      if (!held && same(request, wanted)) return;
      held = false;
      wanted = request;
      if (!request) {
        clearTimeout(timer);
        body.replaceChildren();
        delete body.dataset.zone;
        delete body.dataset.slot;
        section.hidden = true;
        return;
      }
      reset(request.zoneName, request.slotLabel);
      timer = setTimeout(() => void ask(request), delay);
    },
    hold(zoneName, slotLabel) {
      held = true;
      wanted = null;
      reset(zoneName, slotLabel);
    },
  };
}
