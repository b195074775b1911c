/** Engine workers worth starting here: one per hardware thread, at least 1 and at most 4. */
export function defaultPoolSize(): number {
  const threads = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  return Math.min(4, Math.max(1, threads ?? 2));
}
