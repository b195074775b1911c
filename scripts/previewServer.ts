// Node only: builds the app with Vite and serves it with `vite preview`, for the browser tests and
// `npm run bench:browser`. Vite is started from node_modules/.bin directly so the PID is the server's.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = fileURLToPath(new URL('../node_modules/.bin/vite', import.meta.url));
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

function collect(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}

/**
 * `vite build` into `outDir`. Mode 'test' keeps the browser-test hooks (window.__tideline and the
 * engine pool factory) in the bundle; the production build (`npm run build`) leaves them out.
 */
export function buildApp(outDir: string, mode: 'test' | 'production' = 'test'): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['build', '--logLevel', 'warn', '--mode', mode, '--outDir', outDir, '--emptyOutDir'];
    const child = spawn(VITE, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = collect(child);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build exited with ${code}:\n${output()}`));
    });
  });
}

export interface PreviewServer {
  baseUrl: string;
  stop(): Promise<void>;
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/** Serves a built `outDir` on `port` and resolves once it answers. */
export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const server = spawn(VITE, ['preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(server);
  const baseUrl = `http://${HOST}:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode} (is port ${port} in use?):\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop(server);
      throw new Error(`vite preview did not answer at ${baseUrl} within ${START_TIMEOUT_MS} ms:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { baseUrl, stop: () => stop(server) };
}
