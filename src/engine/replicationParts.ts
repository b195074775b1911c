import { DEFAULTS } from '../model/index.ts';

/**
 * A scenario's replication numbers (0 to service.replications - 1) in contiguous parts, one per worker,
 * as even as they go. Which worker runs which replication does not change the result: each is seeded
 * by the scenario's seed and its own number.
 */
export function replicationParts(scenario: unknown, workers: number): number[][] {
  let value = scenario;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = null; // the engine refuses it with the line and column
    }
  }
  const asked = (value as { service?: { replications?: unknown } } | null)?.service?.replications;
  const r = typeof asked === 'number' && Number.isInteger(asked) && asked > 0 ? asked : DEFAULTS.response.replications;
  const w = Math.max(1, Math.min(workers, r));
  return Array.from({ length: w }, (_, i) => {
    const from = Math.floor((i * r) / w);
    const to = Math.floor(((i + 1) * r) / w);
    return Array.from({ length: to - from }, (_, j) => from + j);
  });
}
