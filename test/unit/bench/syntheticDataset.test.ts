import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../bench/syntheticDataset.ts';

describe('syntheticDataset (bench generator)', () => {
  it('gives identical arrays for the same size and seed', () => {
    const a = syntheticDataset(300, 7);
    const b = syntheticDataset(300, 7);
    expect(b.residents).toEqual(a.residents);
    expect(b.flows).toEqual(a.flows);
    expect(b.stations).toEqual(a.stations);
    expect(b.risk).toEqual(a.risk);
    expect(b.adjacency).toEqual(a.adjacency);
  });

  it('gives different data for a different seed', () => {
    expect(syntheticDataset(300, 8).residents).not.toEqual(syntheticDataset(300, 7).residents);
  });

  it('keeps every flow endpoint in range and every (origin, destination) pair once', () => {
    const d = syntheticDataset(300, 7);
    const limit = d.zones.count + d.external.ids.length;
    const seen = new Set<number>();
    const bad: number[] = [];
    for (let i = 0; i < d.flows.count.length; i++) {
      const o = d.flows.origin[i];
      const t = d.flows.destination[i];
      const key = o * limit + t;
      if (!(o >= 0 && o < limit && t >= 0 && t < limit && d.flows.count[i] >= 0) || seen.has(key)) bad.push(i);
      seen.add(key);
    }
    expect(bad).toEqual([]);
    expect(d.flows.count.length).toBeGreaterThan(10 * d.zones.count);
  });

  it('has symmetric adjacency without self-loops', () => {
    const { offsets, neighbours } = syntheticDataset(300, 7).adjacency;
    const n = offsets.length - 1;
    const edges = new Set<string>();
    for (let z = 0; z < n; z++) for (let k = offsets[z]; k < offsets[z + 1]; k++) edges.add(`${z},${neighbours[k]}`);
    for (const e of edges) {
      const [a, b] = e.split(',');
      expect(a).not.toBe(b);
      expect(edges.has(`${b},${a}`)).toBe(true);
    }
  });

  it('has columns of consistent lengths and stations inside zones', () => {
    const d = syntheticDataset(300, 7);
    const n = d.zones.count;
    expect(d.residents.length).toBe(n);
    expect(d.zones.ids.length).toBe(n);
    expect(d.adjacency.offsets.length).toBe(n + 1);
    expect(d.risk?.values.length).toBe(n * (d.risk?.years.length ?? 0));
    expect(d.stations.profileIn.length).toBe(4 * d.stations.count * 96);
    expect(d.stations.hasProfile.length).toBe(4 * d.stations.count);
    for (const z of d.stations.zone) expect(z >= 0 && z < n).toBe(true);
  });
});
