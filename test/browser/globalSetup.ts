import type { TestProject } from 'vitest/node';
import { buildApp, startPreview } from '../../scripts/previewServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the built app, e.g. "http://127.0.0.1:4173". */
    baseUrl: string;
  }
}

// Overridable so two checkouts (or two people) can run the browser tests on one machine at once.
const PORT = Number(process.env.TIDELINE_PREVIEW_PORT ?? 4173);
const OUT_DIR = process.env.TIDELINE_BUILD_DIR ?? 'dist-test';

/** Builds the app once (with its test hooks) and serves it with `vite preview` for every browser test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildApp(OUT_DIR, 'test');
  const server = await startPreview(OUT_DIR, PORT);
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
