import { describe, expect, it } from 'vitest';
import { slotOf } from '../../../../src/model/time.ts';
import { formatPercent } from '../../../../src/ui/insight/formatFigure.ts';
import { headlineFigures } from '../../../../src/ui/insight/headlineFigures.ts';
import { responseInputs } from '../../../../src/model/response/responseInputs.ts';
import { simulateResponse } from '../../../../src/model/response/runReplications.ts';
import { londonRun } from '../../londonRun.ts';

const noon = slotOf('Mon', '12:00');

describe('headlineFigures on follow-the-commute, Monday 12:00', () => {
  it('gives the six measures in a fixed order, each with a label and an explanation', async () => {
    const { result } = await londonRun('follow-the-commute.json');
    const figures = headlineFigures(result, noon, 15);
    expect(figures.map((f) => f.key)).toEqual(['dissimilarity', 'gini', 'moved', 'unmet', 'simulated', 'withinTarget']);
    for (const f of figures.filter((x) => x.key !== 'simulated')) {
      expect(f.label.length).toBeGreaterThan(0);
      expect(f.title.length).toBeGreaterThan(f.label.length);
      expect(f.now).not.toBe('not known');
      expect(f.week).not.toBe('not known');
    }
  });

  it('counts the officers moved across borough lines now, from the run itself', async () => {
    const { result } = await londonRun('follow-the-commute.json');
    let moved = 0;
    for (let z = 0; z < result.n; z++) {
      const i = noon * result.n + z;
      moved += Math.max(0, result.officersWhole[i] - result.fixedWhole[i]);
    }
    const figure = headlineFigures(result, noon, 15).find((f) => f.key === 'moved');
    expect(moved).toBeGreaterThan(327); // Westminster alone gains 327
    expect(figure?.now).toBe(`${moved.toLocaleString('en-GB')} officers`);
    expect(figure?.week).toMatch(/^[\d,]+ officer-hours$/);
  });

  it('shows the mismatch with demand now and over the week as percentages', async () => {
    const { result } = await londonRun('follow-the-commute.json');
    const figure = headlineFigures(result, noon, 15).find((f) => f.key === 'dissimilarity');
    expect(figure?.now).toBe(formatPercent(result.measures.dissimilarity[noon]));
    expect(figure?.week).toBe(formatPercent(result.measures.totals.dissimilarity));
  });

  it("names the scenario's response target in the Erlang measure", async () => {
    const { result } = await londonRun('follow-the-commute.json');
    const calls = headlineFigures(result, noon, 20).find((f) => f.key === 'withinTarget');
    expect(calls?.label).toBe('Immediate calls with a unit free within 20 minutes (Erlang C)');
    expect(calls?.now).toMatch(/^\d{1,3}\.\d%$/);
  });

  it('shows the simulated share with its 95% interval, now and for the week; "simulating…" until it has run', async () => {
    const { data, plan, result } = await londonRun('follow-the-commute.json');
    const response = await simulateResponse(responseInputs(data, plan, result), 4);
    const simulated = headlineFigures(result, noon, 15, response).find((f) => f.key === 'simulated')!;
    const t = response.grades[0].total;
    expect(simulated.label).toBe('Immediate calls attended within 15 minutes');
    expect(simulated.week).toBe(`${formatPercent(t.share[0])} (${(t.shareLow[0] * 100).toFixed(1)} to ${(t.shareHigh[0] * 100).toFixed(1)})`);
    expect(simulated.now).toMatch(/^\d{1,3}\.\d% \(\d{1,3}\.\d to \d{1,3}\.\d\)$/);
    expect(headlineFigures(result, noon, 15).find((f) => f.key === 'simulated')?.week).toBe('simulating…');
  });
});

describe('headlineFigures', () => {
  it('says "not known" where the run has no queueing figures, and "1 officer" in the singular', () => {
    const m = {
      dissimilarity: [0.1], gini: [0.2], movedHours: [0.25], unmetTotal: [1], withinTargetSlot: [NaN],
      totals: { dissimilarity: 0.1, gini: 0.2, movedHours: 0.25, unmetOfficerHours: 0.25, withinTarget: NaN },
    };
    const figures = headlineFigures({ measures: m } as never, 0, 15);
    const byKey = Object.fromEntries(figures.map((f) => [f.key, f]));
    expect(byKey.moved.now).toBe('1 officer');
    expect(byKey.unmet.now).toBe('1 officer');
    expect(byKey.withinTarget.now).toBe('not known');
    expect(byKey.withinTarget.week).toBe('not known');
    expect(byKey.gini.now).toBe('0.200');
  });
});
