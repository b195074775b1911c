/**
 * The MSOA dataset (data/msoa/) keeps the borough dataset's figures exactly: loaded with the app's own loader,
 * every borough's residents, workday population, in- and out-commuters and borough-to-borough flows summed
 * over its MSOAs equal the borough dataset's, for all 33.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/loadDataset.ts';
import { readDatasetDir } from '../../src/io/readDatasetDir.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { workdayPopulation } from '../../src/model/workday.ts';
import { loadDefault } from './loadDefault.ts';

async function loadMsoa(): Promise<Dataset> {
  const { files, resolveBoundaries } = await readDatasetDir('data/msoa');
  const r = await loadDataset(files, { resolveBoundaries });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  expect(r.warnings).toEqual([]);
  return r.dataset;
}

/** MSOA id -> borough id, from zones.csv's parent column. */
function boroughOfMsoa(): Map<string, string> {
  const rows = fs.readFileSync('data/msoa/zones.csv', 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((l) => {
    const c = l.split(',');
    return [c[0], c[c.length - 1]];
  }));
}

/** Place id (zone or external) of a flow endpoint. */
const place = (d: Dataset, v: number) => (v < d.zones.count ? d.zones.ids[v] : d.external.ids[v - d.zones.count]);

describe('the MSOA dataset', () => {
  it('has the 983 MSOAs, keyed by code and named as ONS names them', async () => {
    const msoa = await loadMsoa();
    expect(msoa.zones.count).toBe(983);
    expect(msoa.zones.ids.every((id) => /^E02\d{6}$/.test(id))).toBe(true);
    expect(msoa.zones.names).toContain('Wandsworth 001');
    expect(msoa.stations.count).toBeGreaterThan(380);
    expect(Array.from(msoa.stations.zone).every((z) => z >= 0)).toBe(true);
  });

  it('keeps every borough\'s residents, workday population, in- and out-commuters and borough-pair flows exactly, for all 33', async () => {
    const [boroughs, msoa] = await Promise.all([loadDefault(), loadMsoa()]);
    const of = boroughOfMsoa();
    const n = boroughs.zones.count;
    const m = msoa.zones.count;
    const up = (id: string) => of.get(id) ?? id; // externals stay themselves
    const sum = (values: Float64Array) => {
      const out = new Map<string, number>();
      msoa.zones.ids.forEach((id, i) => out.set(of.get(id)!, (out.get(of.get(id)!) ?? 0) + values[i]));
      return out;
    };
    const residents = sum(msoa.residents);
    const workday = sum(workdayPopulation(msoa));
    const bWorkday = workdayPopulation(boroughs);
    const commuters = (d: Dataset, key: (id: string) => string) => {
      const inflow = new Map<string, number>();
      const outflow = new Map<string, number>();
      const pairs = new Map<string, number>();
      for (let i = 0; i < d.flows.count.length; i++) {
        const o = key(place(d, d.flows.origin[i]));
        const t = key(place(d, d.flows.destination[i]));
        pairs.set(`${o}>${t}`, (pairs.get(`${o}>${t}`) ?? 0) + d.flows.count[i]);
        if (o === t) continue;
        inflow.set(t, (inflow.get(t) ?? 0) + d.flows.count[i]);
        outflow.set(o, (outflow.get(o) ?? 0) + d.flows.count[i]);
      }
      return { inflow, outflow, pairs };
    };
    const b = commuters(boroughs, (id) => id);
    const s = commuters(msoa, up);
    expect(n).toBe(33);
    for (let z = 0; z < n; z++) {
      const id = boroughs.zones.ids[z];
      expect(residents.get(id), `${id} residents`).toBe(boroughs.residents[z]);
      expect(workday.get(id), `${id} workday`).toBe(bWorkday[z]);
      expect(s.inflow.get(id), `${id} in-commuters`).toBe(b.inflow.get(id));
      expect(s.outflow.get(id), `${id} out-commuters`).toBe(b.outflow.get(id));
    }
    expect(s.pairs).toEqual(b.pairs);
    expect(m).toBe(983);
  });
});
