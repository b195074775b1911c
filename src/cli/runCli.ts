import { InputError } from './inputError.ts';
import type { CommandStreams } from './simulateCommand.ts';

function internalError(e: unknown): string {
  const debug = process.env.TIDELINE_DEBUG === '1';
  if (debug && e instanceof Error && e.stack) return `internal error: ${e.stack}`;
  const message = e instanceof Error ? e.message : String(e);
  return `internal error: ${message}${debug ? '' : ' (set TIDELINE_DEBUG=1 to see the stack trace)'}`;
}

/**
 * Runs a command with the process's arguments and streams. Exit status: 0 done, 2 bad input (an
 * InputError: its message alone), 1 internal error (no stack trace unless TIDELINE_DEBUG=1).
 */
export async function runCli(command: (argv: readonly string[], streams: CommandStreams) => Promise<void>): Promise<void> {
  try {
    await command(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
  } catch (e) {
    const input = e instanceof InputError;
    process.stderr.write(`${input ? e.message : internalError(e)}\n`);
    // Not process.exit(): output still being flushed must not be cut short.
    process.exitCode = input ? 2 : 1;
  }
}
