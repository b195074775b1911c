import { describe, expect, it } from 'vitest';
import { presentAction, type PresentKey } from '../../../../src/ui/present/presentKeys.ts';

const key = (k: string, extra: Partial<PresentKey> = {}): PresentKey => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });

describe('presentation keys', () => {
  it('F enters and leaves presentation mode, in either case, but not while typing or with a modifier', () => {
    expect(presentAction(key('f'), false)).toEqual({ kind: 'toggle' });
    expect(presentAction(key('F'), true)).toEqual({ kind: 'toggle' });
    expect(presentAction(key('f', { typing: true }), false)).toBeNull();
    expect(presentAction(key('f', { ctrlKey: true }), false)).toBeNull();
    expect(presentAction(key('f', { metaKey: true }), true)).toBeNull();
  });

  it('presenting: Escape leaves, Space plays and pauses, arrows step 15 minutes, N / P and Page Down / Page Up move through the story', () => {
    expect(presentAction(key('Escape'), true)).toEqual({ kind: 'leave' });
    expect(presentAction(key(' '), true)).toEqual({ kind: 'playPause' });
    expect(presentAction(key('ArrowRight'), true)).toEqual({ kind: 'step', by: 1 });
    expect(presentAction(key('ArrowUp'), true)).toEqual({ kind: 'step', by: 1 });
    expect(presentAction(key('ArrowLeft'), true)).toEqual({ kind: 'step', by: -1 });
    expect(presentAction(key('ArrowDown'), true)).toEqual({ kind: 'step', by: -1 });
    for (const k of ['n', 'N', 'PageDown']) expect(presentAction(key(k), true)).toEqual({ kind: 'view', by: 1 });
    for (const k of ['p', 'P', 'PageUp']) expect(presentAction(key(k), true)).toEqual({ kind: 'view', by: -1 });
    expect(presentAction(key('x'), true)).toBeNull();
  });

  it('not presenting, only F is taken: the planner keeps Space, arrows, Page keys and Escape', () => {
    for (const k of ['Escape', ' ', 'ArrowRight', 'ArrowLeft', 'n', 'p', 'PageDown', 'PageUp']) expect(presentAction(key(k), false)).toBeNull();
  });
});
