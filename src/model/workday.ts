import type { Dataset } from './dataset.ts';

/**
 * Census workday population per zone: residents - out-commuters + in-commuters.
 * Out-commuters live in the zone and work elsewhere (another zone or an external area); in-commuters
 * the reverse. Home workers, people with no fixed workplace and people not in work are not in the
 * flows and so stay where they live (the Census WD1xx definition).
 */
export function workdayPopulation(data: Dataset): Float64Array {
  const n = data.zones.count;
  const out = Float64Array.from(data.residents);
  const { origin, destination, count } = data.flows;
  for (let i = 0; i < count.length; i++) {
    const o = origin[i];
    const d = destination[i];
    if (o === d) continue;
    if (o < n) out[o] -= count[i];
    if (d < n) out[d] += count[i];
  }
  return out;
}

/** Daytime net change per zone: workday population minus residents. */
export function netDaytimeChange(data: Dataset): Float64Array {
  const w = workdayPopulation(data);
  for (let z = 0; z < w.length; z++) w[z] -= data.residents[z];
  return w;
}
