import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

// A few processes at a time: each is CPU-bound for about a second, and test machines may have two cores.
const MAX_RUNNING = 3;
let running = 0;
const waiting: (() => void)[] = [];

async function queued<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * A CLI entry point (e.g. 'src/cli/sweep.ts') in a child process, from the project root, with piped
 * (non-TTY) output and no TIDELINE_DEBUG. At most three run at once.
 */
export function cliProcess(script: string, args: readonly string[], nodeArgs: readonly string[] = []): Promise<Outcome> {
  return queued(() => new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.TIDELINE_DEBUG;
    const child = spawn(process.execPath, ['--import', 'tsx', ...nodeArgs, script, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  }));
}
