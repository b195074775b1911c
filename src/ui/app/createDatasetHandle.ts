import type { DatasetSummary, EnginePool } from '../../engine/index.ts';
import type { DatasetHandle } from './appContext.ts';

/** Thrown when the bundled default cannot be loaded; the message is written for the user. */
export class DatasetUnavailable extends Error {
  constructor(readonly problems: string[]) {
    super('The London dataset could not be loaded');
  }
}

/**
 * Loads the bundled default in the engine and keeps the summary on screen. A later `load` that fails
 * leaves both the engine and the summary as they were.
 */
export async function createDatasetHandle(engine: EnginePool): Promise<DatasetHandle> {
  const first = await engine.loadDataset('default');
  if (!first.ok) throw new DatasetUnavailable(first.errors);
  let summary = first.summary;
  let isDefault = true;
  const listeners = new Set<(summary: DatasetSummary) => void>();

  return {
    current: () => summary,
    isDefault: () => isDefault,
    async load(files, onProgress) {
      // The engine parses in one step and does not report progress within it: 0 now, 1 when done.
      onProgress?.(0);
      let answer;
      try {
        answer = await engine.loadDataset(files);
      } catch (e) {
        onProgress?.(1);
        return { ok: false as const, errors: [e instanceof Error ? e.message : String(e)], warnings: [] };
      }
      onProgress?.(1);
      if (!answer.ok) return { ok: false as const, errors: answer.errors, warnings: answer.warnings };
      summary = answer.summary;
      isDefault = files === 'default';
      for (const listener of [...listeners]) listener(summary);
      return { ok: true as const };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
