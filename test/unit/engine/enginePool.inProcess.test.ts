/** The pool's scheduling and dataset handling, with the real engine behind in-process message ports. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEnginePool, type EnginePool } from '../../../src/engine/enginePool.ts';
import type { DatasetFileText, Refusal } from '../../../src/engine/engineProtocol.ts';
import { EngineStopped } from '../../../src/engine/enginePoolContract.ts';
import { inProcessEngineWorker } from './inProcessEngineWorker.ts';
import { scenarioFile } from '../../scenarioFile.ts';


/** The London dataset's files as a user would drop them, under another name. */
function renamedLondon(name: string): DatasetFileText[] {
  const dir = new URL('../../../data/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') || f === 'dataset.json')
    .map((f) => {
      const text = readFileSync(new URL(f, dir), 'utf8');
      return { name: f, text: f === 'dataset.json' ? JSON.stringify({ ...JSON.parse(text), name }) : text };
    });
}

function errorsOf(answer: { ok: true } | Refusal): string[] {
  return !answer.ok && !answer.cancelled ? answer.errors.map((e) => e.message) : [];
}

async function withPool(pool: EnginePool, body: (pool: EnginePool) => Promise<void>): Promise<void> {
  try {
    await body(pool);
  } finally {
    pool.dispose();
  }
}

describe('enginePool scheduling (in-process workers)', { timeout: 30_000 }, () => {
  it('a view waits for a free worker when all are busy, then runs', () =>
    withPool(createEnginePool(inProcessEngineWorker(), { size: 1 }), async (pool) => {
      const a = pool.run('a', scenarioFile('fixed-borough.json'));
      const b = pool.run('b', scenarioFile('follow-the-commute.json'));
      expect(pool.stats()).toMatchObject({ workers: 1, busy: 1, queued: 1 });
      expect(pool.workerFor('a')).toBe(0);
      expect(pool.workerFor('b')).toBe(-1);
      const [ra, rb] = await Promise.all([a, b]);
      expect([ra.ok, ra.worker, rb.ok, rb.worker]).toEqual([true, 0, true, 0]);
      expect(pool.stats()).toMatchObject({ busy: 0, queued: 0 });
    }));

  it('explain goes to the worker that holds the run, and cancel() settles a view as cancelled', () =>
    withPool(createEnginePool(inProcessEngineWorker(), { size: 2 }), async (pool) => {
      const left = scenarioFile('follow-the-commute.json');
      const right = scenarioFile('fixed-borough.json');
      const [l, r] = await Promise.all([pool.run('left', left), pool.run('right', right)]);
      const [el, er] = await Promise.all([pool.explain('left:explain', left, 'E09000032', 200), pool.explain('right:explain', right, 0, 200)]);
      expect([el.ok, er.ok]).toEqual([true, true]);
      expect(el.worker).toBe(l.worker);
      expect(er.worker).toBe(r.worker);
      const slot = await pool.runSlot('left:slot', left, 200);
      expect(slot.ok && slot.slot.officersWhole.length).toBe(33);
      const cancelled = pool.run('left', right);
      pool.cancel('left');
      expect(await cancelled).toMatchObject({ ok: false, cancelled: true });
    }));

  it('a bad dataset changes nothing; a good one reaches every worker, those started later too', () =>
    withPool(createEnginePool(inProcessEngineWorker(), { size: 2 }), async (pool) => {
      const scenario = scenarioFile('follow-the-commute.json');
      const bad = await pool.loadDataset([{ name: 'flows.csv', text: 'origin,destination,count\n' }]);
      expect(bad.ok).toBe(false);
      expect(pool.stats().workers).toBe(1);
      expect(errorsOf(await pool.explain('probe', scenario, 'nowhere', 0))[0]).toContain('dataset "London boroughs');

      const good = await pool.loadDataset(renamedLondon('Dropped London'));
      expect(good.ok && good.summary.name).toBe('Dropped London');
      const busy = pool.run('busy', scenario); // holds worker 0, so the next request starts worker 1
      const probe = await pool.explain('probe', scenario, 'nowhere', 0);
      expect(probe.worker).toBe(1);
      expect(errorsOf(probe)[0]).toContain('dataset "Dropped London"');
      expect((await busy).ok).toBe(true);
    }));

  it('dispose settles what is pending as cancelled and refuses new requests', async () => {
    const pool = createEnginePool(inProcessEngineWorker(), { size: 1 });
    const pending = pool.run('a', scenarioFile('follow-the-commute.json'));
    const queued = pool.run('b', scenarioFile('fixed-borough.json'));
    pool.dispose();
    expect(await pending).toMatchObject({ ok: false, cancelled: true });
    expect(await queued).toMatchObject({ ok: false, cancelled: true });
    await expect(pool.run('a', scenarioFile('fixed-borough.json'))).rejects.toBeInstanceOf(EngineStopped);
  });
});
