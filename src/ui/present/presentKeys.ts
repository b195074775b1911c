/** What a key does in (or into) presentation mode. */
export type PresentAction =
  | { kind: 'toggle' }
  | { kind: 'leave' }
  | { kind: 'playPause' }
  | { kind: 'step'; by: number }
  | { kind: 'view'; by: 1 | -1 };

/** The parts of a keydown that decide what it does. */
export interface PresentKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The event's target takes typing (a text field, a select, an editable area): keys keep their usual meaning. */
  typing: boolean;
}

/**
 * F enters or leaves presentation mode anywhere but in a text field. In presentation mode: Escape leaves,
 * Space plays or pauses, the arrow keys step 15 minutes, and N / P (and Page Down / Page Up, as
 * presentation clickers send) go to the story's next and previous view. Anything else, or any key with
 * Ctrl, Cmd or Alt, is left to the page.
 */
export function presentAction(e: PresentKey, presenting: boolean): PresentAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.typing) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'f') return { kind: 'toggle' };
  if (!presenting) return null;
  switch (key) {
    case 'Escape':
      return { kind: 'leave' };
    case ' ':
      return { kind: 'playPause' };
    case 'ArrowRight':
    case 'ArrowUp':
      return { kind: 'step', by: 1 };
    case 'ArrowLeft':
    case 'ArrowDown':
      return { kind: 'step', by: -1 };
    case 'n':
    case 'PageDown':
      return { kind: 'view', by: 1 };
    case 'p':
    case 'PageUp':
      return { kind: 'view', by: -1 };
    default:
      return null;
  }
}

/** Whether keys pressed in `target` type into it (so F, N and P are letters there). */
export function takesTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button', 'submit', 'color', 'file'].includes(target.type);
}
