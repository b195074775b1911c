/**
 * The worker pool with real engine workers: Node worker threads (nodeEngineWorker.mjs) running the
 * same API object as the browser worker, talked to through Comlink's Node adapter.
 */
import { describe, expect, it } from 'vitest';
import { createEnginePool, type EnginePool, type PoolAnswer } from '../../../src/engine/enginePool.ts';
import type { RunResponse } from '../../../src/engine/engineProtocol.ts';
import { FLOW_STAGE, LP_STAGE } from '../../../src/model/runScenario.ts';
import { nodeEngineWorker } from './nodeEngineWorker.ts';
import { scenarioFile } from '../../scenarioFile.ts';


function okResult(r: RunResponse) {
  if (!r.ok) throw new Error(r.cancelled ? 'cancelled' : r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.result;
}

/** Runs `body` with a fresh pool and always shuts its workers down. */
async function withPool(pool: EnginePool, body: (pool: EnginePool) => Promise<void>): Promise<void> {
  try {
    await body(pool);
  } finally {
    pool.dispose();
  }
}

describe('enginePool (Node worker threads)', { timeout: 60_000 }, () => {
  it('runs follow-the-commute in a worker: the typed arrays arrive and every slot adds up', () =>
    withPool(createEnginePool(nodeEngineWorker(), { size: 1 }), async (pool) => {
      const loaded = await pool.loadDataset('default');
      expect(loaded.ok && loaded.summary.counts.zones).toBe(33);
      const result = okResult(await pool.run('map', scenarioFile('follow-the-commute.json')));
      expect(result.officersWhole).toBeInstanceOf(Int32Array);
      expect(result.officersWhole.length).toBe(672 * 33);
      for (let s = 0; s < 672; s++) {
        const sum = result.officersWhole.subarray(s * 33, s * 33 + 33).reduce((a, b) => a + b, 0);
        expect(sum, `slot ${s}`).toBe(result.onDuty[s]);
      }
    }));

  it('a newer request for the same view cancels the older, which never delivers a result', () =>
    withPool(createEnginePool(nodeEngineWorker(), { size: 2 }), async (pool) => {
      let newer: Promise<PoolAnswer<RunResponse>> | null = null;
      let progressAfterCancel = 0;
      const older = pool.run('left', scenarioFile('follow-the-commute.json'), {
        onProgress: () => {
          if (newer) progressAfterCancel++;
          // The older run is under way in its worker when the newer one arrives.
          else newer = pool.run('left', scenarioFile('fixed-borough.json'));
        },
      });
      const first = await older;
      expect(first.ok).toBe(false);
      expect(!first.ok && first.cancelled).toBe(true);
      expect(newer).not.toBeNull();
      const second = okResult(await newer!);
      expect(second.n).toBe(33);
      expect(progressAfterCancel).toBe(0);
    }));

  it('cancelling a smoothed run during its min-cost flow stops it in place: the same worker runs the next job', () => {
    const start = nodeEngineWorker();
    let workersStarted = 0;
    const counting = () => {
      workersStarted++;
      return start();
    };
    return withPool(createEnginePool(counting, { size: 1 }), async (pool) => {
      let inSolve!: () => void;
      const solving = new Promise<void>((resolve) => (inSolve = resolve));
      const stages: string[] = [];
      const smoothed = pool.run('map', scenarioFile('follow-the-commute-smoothed.json'), {
        onProgress: (stage) => {
          stages.push(stage);
          if (stage === FLOW_STAGE) inSolve();
        },
      });
      await solving;
      const newer = pool.run('map', scenarioFile('fixed-borough.json'));
      expect(await smoothed).toMatchObject({ ok: false, cancelled: true });
      const fixed = okResult(await newer);
      expect(fixed.n).toBe(33);
      // The flow solve yields between chunks, so the cancel reached it: no worker was stopped or replaced.
      expect(workersStarted).toBe(1);
      expect(pool.stats()).toMatchObject({ workers: 1, restarts: 0 });
      expect(stages).not.toContain(LP_STAGE);
      expect(stages).not.toContain('done');
    });
  });

  it('different views run at the same time on different workers', () =>
    withPool(createEnginePool(nodeEngineWorker(), { size: 2 }), async (pool) => {
      const left = pool.run('left', scenarioFile('follow-the-commute.json'));
      const right = pool.run('right', scenarioFile('fixed-borough.json'));
      expect(pool.stats()).toMatchObject({ workers: 2, busy: 2, queued: 0 });
      const [l, r] = await Promise.all([left, right]);
      expect(okResult(l).n).toBe(33);
      expect(okResult(r).n).toBe(33);
      expect(new Set([l.worker, r.worker])).toEqual(new Set([0, 1]));
    }));

  it('a worker killed mid-run is replaced, the dataset replayed, and the job retried once', () =>
    withPool(createEnginePool(nodeEngineWorker(), { size: 1 }), async (pool) => {
      const loaded = await pool.loadDataset('default');
      expect(loaded.ok).toBe(true);
      const starts: number[] = [];
      const answer = await pool.run('map', scenarioFile('follow-the-commute.json'), {
        onProgress: (stage) => {
          if (stage !== 'people and demand') return;
          starts.push(pool.workerFor('map'));
          if (starts.length === 1) expect(pool.terminateWorkerForTest(pool.workerFor('map'))).toBe(true);
        },
      });
      const result = okResult(answer);
      expect(starts).toHaveLength(2);
      expect(pool.stats()).toMatchObject({ restarts: 1, workers: 1 });
      expect(result.officersWhole.subarray(0, 33).reduce((a, b) => a + b, 0)).toBe(result.onDuty[0]);
    }));

  it('a worker that dies every time gives up after one retry with a message for the user', () =>
    withPool(createEnginePool(nodeEngineWorker({ exitOnRun: true }), { size: 1 }), async (pool) => {
      const error = await pool.run('map', scenarioFile('follow-the-commute.json')).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error?.message).toBe(
        'The simulation engine stopped unexpectedly twice while running "Follow the commute"; reload the page to try again.',
      );
      expect(pool.stats().restarts).toBe(2);
    }));
});
