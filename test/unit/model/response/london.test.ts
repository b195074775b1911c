import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { responseInputs } from '../../../../src/model/response/responseInputs.ts';
import { simulateResponse } from '../../../../src/model/response/runReplications.ts';
import { CITY_OF_LONDON, londonRun } from '../../londonRun.ts';

async function london(file: string, replications: number) {
  const run = await londonRun(file);
  const inputs = responseInputs(run.data, run.plan, run.result);
  return { run, inputs, response: await simulateResponse(inputs, replications) };
}

describe('response simulation on the London default', () => {
  it("reproduces the Met's 86.9% of I-grade calls within 15 minutes under fixed-borough (the calibrated unit share)", async () => {
    const { response } = await london('fixed-borough.json', 40);
    const t = response.grades[0].total;
    expect(Math.abs(t.share[0] - 0.869)).toBeLessThan(0.004);
    expect(t.shareLow[0]).toBeLessThan(t.share[0]);
    expect(t.shareHigh[0]).toBeGreaterThan(t.share[0]);
    expect(t.shareHigh[0] - t.shareLow[0]).toBeLessThan(0.01);
    // The response splits into waiting and travel.
    expect(t.meanResponse[0]).toBeCloseTo(t.meanWait[0] + t.meanTravel[0], 4);
    expect(t.p90Response[0]).toBeGreaterThan(t.meanResponse[0]);
  }, 60_000);

  it('answers more immediate calls within target when officers follow the commute', async () => {
    const fixed = (await london('fixed-borough.json', 40)).response.grades[0].total;
    const follow = (await london('follow-the-commute.json', 40)).response.grades[0].total;
    expect(follow.shareLow[0]).toBeGreaterThan(fixed.shareHigh[0]);
  }, 60_000);

  it('drives inner London boroughs at the inner speed (the ONS list in data/zones.csv) and sends no call to the City', async () => {
    const { run, inputs, response } = await london('fixed-borough.json', 2);
    const rows = readFileSync('data/zones.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    for (const [id, , , , innerOuter] of rows) expect(inputs.inner[run.zone(id)]).toBe(innerOuter === 'inner' ? 1 : 0);
    const city = run.zone(CITY_OF_LONDON);
    for (let s = 0; s < inputs.slots; s++) expect(inputs.units[s * inputs.n + city]).toBe(0);
    for (const g of response.grades) expect(g.zone.calls[city]).toBe(0);
    // Neighbours nearest first, never the City (not policed by the Met).
    for (let z = 0; z < inputs.n; z++) {
      for (let j = inputs.nearOffsets[z]; j < inputs.nearOffsets[z + 1]; j++) {
        expect(inputs.near[j]).not.toBe(city);
        if (j > inputs.nearOffsets[z]) expect(inputs.nearKm[j]).toBeGreaterThanOrEqual(inputs.nearKm[j - 1]);
      }
    }
  }, 60_000);
});

describe('replications and the interval', () => {
  it('the 95% interval of the share within 15 minutes at 80 replications is about half as wide as at 20', async () => {
    const run = await londonRun('fixed-borough.json');
    const inputs = responseInputs(run.data, run.plan, run.result);
    const width = async (r: number) => {
      const t = (await simulateResponse(inputs, r)).grades[0].total;
      return t.shareHigh[0] - t.shareLow[0];
    };
    const ratio = (await width(80)) / (await width(20));
    // 1/sqrt(4) = 0.5, with the t quantiles of 19 and 79 degrees of freedom and sampling noise either side.
    expect(ratio).toBeGreaterThan(0.3);
    expect(ratio).toBeLessThan(0.7);
  }, 120_000);
});
