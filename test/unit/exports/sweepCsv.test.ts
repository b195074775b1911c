import { describe, expect, it } from 'vitest';
import { frontierCsv } from '../../../src/io/exports/frontierCsv.ts';
import { sweepCsv } from '../../../src/io/exports/sweepCsv.ts';
import type { HeadlineMeasures } from '../../../src/model/sweep/headlineMeasures.ts';

const M: HeadlineMeasures = {
  dissimilarity: 0.0372589902, gini: 0.047, officerHoursMoved: 51959.25, unmetOfficerHours: 13025.939, erlangShareWithinTarget: 0.90350200086,
  simulated: { share: 0.9, low: 0.89, high: 0.91 },
};

describe('sweep CSV', () => {
  it('writes run, the varied values, rounded figures and the problem; text that could run as a formula is neutralised', () => {
    const text = sweepCsv(['name', 'supply.headcount', 'smoothing.mutualAid'], true, [
      { run: 0, values: ['=HYPERLINK("x")', -5, true], measures: M, problem: '' },
      { run: 1, values: ['plain', 30940, false], measures: null, problem: 'floors: infeasible, short by 3' },
    ]);
    expect(text).toBe([
      'run,name,supply.headcount,smoothing.mutualAid,dissimilarity,gini,officer_hours_moved,unmet_officer_hours,erlang_share_within_target,sim_share_within_target,sim_share_low,sim_share_high,problem',
      `0,"'=HYPERLINK(""x"")",-5,true,0.037259,0.047000,51959.25,13025.94,0.903502,0.900000,0.890000,0.910000,`,
      '1,plain,30940,false,,,,,,,,,"floors: infeasible, short by 3"',
      '',
    ].join('\n'));
  });

  it('frontier: one row per grid point with the price against the first, then the curve points by value', () => {
    const point = (value: number, share: number) => ({ value, share, low: null, high: null });
    const text = frontierCsv(['method'], 'supply.headcount', [
      { values: ['fixed'], target: 0.9, value: 32228, at: point(32228, 0.900054), monotone: true, points: [point(32227, 0.8999), point(32228, 0.900054)] },
      { values: ['follow-demand'], target: 0.9, value: 30840, at: point(30840, 0.90015), monotone: true, points: [point(30840, 0.90015)] },
      { values: ['smoothed'], target: 0.9, value: null, at: null, monotone: false, points: [] },
    ]);
    expect(text.split('\n')).toEqual([
      'kind,method,supply.headcount,share,share_low,share_high,target,reached,evaluations,monotone,fewer_than_first',
      'frontier,fixed,32228,0.900054,,,0.900000,true,2,true,0',
      'frontier,follow-demand,30840,0.900150,,,0.900000,true,1,true,1388',
      'frontier,smoothed,,,,,0.900000,false,0,false,',
      'point,fixed,32227,0.899900,,,,,,,',
      'point,fixed,32228,0.900054,,,,,,,',
      'point,follow-demand,30840,0.900150,,,,,,,',
      '',
    ]);
  });
});
