import { writeFile } from 'node:fs/promises';
import { fileProblem } from './fileProblem.ts';
import { InputError } from './inputError.ts';

/**
 * Writes `text` to the file `out` (relative to the working directory), or to standard output when
 * `out` is null. A reader that stops early (`| head`) is not an error.
 */
export async function writeOutput(text: string, out: string | null, stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (out !== null) {
    try {
      await writeFile(out, text, 'utf8');
    } catch (e) {
      throw new InputError(`${out}: cannot write (${fileProblem(e, 'folder')})`);
    }
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const settle = (e?: Error | null) => (e && (e as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(e) : resolve());
    // Stays attached: a closed pipe may report EPIPE again after the write has settled.
    stdout.on('error', settle);
    stdout.write(text, settle);
  });
}
