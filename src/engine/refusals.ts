import { SLOTS_PER_WEEK } from '../model/index.ts';
import type { Refusal } from './engineProtocol.ts';

/** How the worker says no: cancelled, or refused with a field path and a message for the user. */
export const CANCELLED: Refusal = { ok: false, cancelled: true };

export function refuse(path: string, message: string): Refusal {
  return { ok: false, cancelled: false, errors: [{ path, message }] };
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A refusal for a slot index that is not in the week, or null for a good one. */
export function badSlot(slot: number): Refusal | null {
  return Number.isInteger(slot) && slot >= 0 && slot < SLOTS_PER_WEEK ? null : refuse('slot', `${slot} is not a slot of the week (0 to ${SLOTS_PER_WEEK - 1})`);
}
