/**
 * Resolves after the event loop has had a turn, so messages waiting for a worker (a cancel) are
 * handled between the engine's stages. A timer rather than a microtask: microtasks never let them in.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
