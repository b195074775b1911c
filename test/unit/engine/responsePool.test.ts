/**
 * The response simulation through the engine: replications spread over two worker threads and merged
 * equal the same replications run in one process, bit for bit; the pool keeps merged results.
 */
import { describe, expect, it } from 'vitest';
import { createEnginePool } from '../../../src/engine/enginePool.ts';
import type { ResponseResponse } from '../../../src/engine/engineProtocol.ts';
import { replicationParts } from '../../../src/engine/replicationParts.ts';
import { scenarioFile } from '../../scenarioFile.ts';
import { londonApi } from './londonApi.ts';
import { nodeEngineWorker } from './nodeEngineWorker.ts';

function okResponse(r: ResponseResponse) {
  if (!r.ok) throw new Error(r.cancelled ? 'cancelled' : r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.response;
}

const scenario = { ...scenarioFile('fixed-borough.json'), service: { replications: 6, seed: 3 } };

describe('response simulation in the engine', { timeout: 120_000 }, () => {
  it('splits replications into contiguous parts, one per worker', () => {
    expect(replicationParts(scenario, 2)).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(replicationParts({ service: { replications: 5 } }, 3)).toEqual([[0], [1, 2], [3, 4]]);
    expect(replicationParts(JSON.stringify({ service: { replications: 2 } }), 4)).toEqual([[0], [1]]);
    expect(replicationParts({}, 2).flat()).toHaveLength(40);
  });

  it('two worker threads give the same figures as one process; the merged result is kept', async () => {
    const single = okResponse(await (await londonApi()).response(1, scenario));
    const pool = createEnginePool(nodeEngineWorker(), { size: 2 });
    try {
      await pool.loadDataset('default');
      const stages: number[] = [];
      const answer = await pool.response('map', scenario, { onProgress: (_stage, fraction) => void stages.push(fraction) });
      const pooled = okResponse(answer);
      expect(pooled.replications).toBe(6);
      expect(pooled.grades[0].total.share[0]).toBe(single.grades[0].total.share[0]);
      expect(pooled.grades[0].total.shareLow[0]).toBe(single.grades[0].total.shareLow[0]);
      expect(Array.from(pooled.grades[1].zone.meanResponse)).toEqual(Array.from(single.grades[1].zone.meanResponse));
      expect(Array.from(pooled.grades[0].zoneSlot.calls)).toEqual(Array.from(single.grades[0].zoneSlot.calls));
      expect(stages.at(-1)).toBeCloseTo(1, 9);
      const again = await pool.response('map', scenario);
      expect(okResponse(again), 'the same scenario and seed: the kept result').toBe(pooled);
    } finally {
      pool.dispose();
    }
  });

  it('exports the response figures from the engine, with the CLI header', async () => {
    const api = await londonApi();
    const file = await api.exportFile(2, scenario, 'response-summary-csv');
    if (!file.ok) throw new Error('export refused');
    expect(file.fileName).toBe('fixed-borough-response-summary.csv');
    expect(file.text.split('\n')[0]).toBe('zone_id,zone_name,grade,calls_per_week,share_within_target,share_low,share_high,mean_response_min,p90_response_min');
  });
});
