/**
 * The London default's MSOAs as a finer zone set of the engine: loaded from data/msoa, each MSOA in its
 * borough, a borough scenario restated for them and run by the same engine, explained with the proxies named.
 */
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../src/engine/engineApi.ts';
import type { RunZoneSetResponse, ZoneSetResponse } from '../../../src/engine/engineProtocol.ts';
import { nodeEngineEnv } from '../../../src/engine/nodeEngineEnv.ts';
import { slotOf } from '../../../src/model/time.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { BASE } from '../io/tinyDataset.ts';
import { londonApi } from './londonApi.ts';

const MON_NOON = slotOf('Mon', '12:00');
const WESTMINSTER = 'E09000033';

function ok<T extends ZoneSetResponse | RunZoneSetResponse>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(r.cancelled ? 'cancelled' : JSON.stringify(r.errors));
  return r as Extract<T, { ok: true }>;
}

describe('engine API: MSOAs', { timeout: 120_000 }, () => {
  it('zoneSet gives the 983 MSOAs, each in a borough, with every borough\'s residents kept and the proxies named', async () => {
    const api = await londonApi();
    const set = ok(await api.zoneSet(1, 'msoas'));
    const loaded = await api.loadDataset('default');
    if (!loaded.ok) throw new Error('reload failed');
    const boroughs = loaded.summary.zones;
    expect(set).toMatchObject({ kind: 'msoas', cellKm: null });
    expect(set.ids).toHaveLength(983);
    expect(set.names[set.ids.indexOf('E02000001')]).toBe('City of London 001');
    expect(new Set(set.parent).size).toBe(33);
    const residents = new Float64Array(33);
    set.parent.forEach((z, m) => (residents[z] += set.residents[m]));
    for (let z = 0; z < 33; z++) expect(residents[z], boroughs.names[z]).toBeCloseTo(boroughs.residents[z], 6);
    expect(set.estimated).toMatch(/estimated below borough level/);
  });

  it('runZoneSet places every officer on duty over the MSOAs, with a borough\'s own floor shared among its MSOAs', async () => {
    const api = await londonApi();
    const set = ok(await api.zoneSet(1, 'msoas'));
    const scenario = { ...scenarioFile('follow-the-commute.json'), floors: { perThousandResidents: 0.3, zones: { [WESTMINSTER]: 600 } } };
    const { week } = ok(await api.runZoneSet(2, scenario, 'msoas'));
    expect(week.n).toBe(983);
    for (let s = 0; s < 672; s += 11) {
      const placed = week.officersWhole.subarray(s * 983, (s + 1) * 983).reduce((a, b) => a + b, 0);
      expect(placed, `slot ${s}`).toBe(week.onDuty[s]);
    }
    const westminster = set.ids.map((_, m) => m).filter((m) => set.ids[m] && set.parent[m] === set.parent[set.names.findIndex((n) => n.startsWith('Westminster '))]);
    const atNoon = westminster.reduce((a, m) => a + week.officersWhole[MON_NOON * 983 + m], 0);
    // Shares of the borough's 600 rounded down: at most one officer short per MSOA.
    expect(atNoon).toBeGreaterThanOrEqual(600 - westminster.length);
  });

  it('explains an MSOA\'s officers and says which figures are estimated below borough level', async () => {
    const api = await londonApi();
    const set = ok(await api.zoneSet(1, 'msoas'));
    const m = set.names.indexOf('Westminster 013');
    const scenario = { ...scenarioFile('follow-the-commute.json'), floors: { perThousandResidents: 0.3 } };
    const answer = await api.explainZoneSet(3, scenario, 'msoas', m, MON_NOON);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    expect(answer.explanation.zoneName).toBe('Westminster 013');
    expect(answer.estimated).toMatch(/workplaces by a blend of morning-peak station exits and residents/);
    expect(await api.explainZoneSet(4, scenario, 'msoas', 5000, MON_NOON)).toMatchObject({ ok: false, errors: [{ path: 'zone' }] });
  });

  it('another dataset has no MSOAs, and says so in plain words', async () => {
    const api = createEngineApi(nodeEngineEnv());
    const loaded = await api.loadDataset(Object.entries(BASE).map(([name, text]) => ({ name, text })));
    expect(loaded.ok).toBe(true);
    expect(await api.zoneSet(1, 'msoas')).toEqual({
      ok: false, cancelled: false, errors: [{ path: 'zones', message: 'MSOAs come with the London default dataset only, not with "Tiny"' }],
    });
  });
});
