/** Where progress goes: a terminal stream (process.stderr satisfies this). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressReporter {
  report(stage: string, fraction: number): void;
  /** Clears the progress line, so messages after it start on a clean line. */
  done(): void;
}

/**
 * One self-overwriting status line, only when `stream` is a terminal: redirected or piped stderr
 * (scripts, CI, tests) stays free of progress noise.
 */
export function progressReporter(stream: ProgressStream): ProgressReporter {
  if (!stream.isTTY) return { report() {}, done() {} };
  let shown = false;
  return {
    report(stage, fraction) {
      stream.write(`\r\x1b[2K${stage} ${Math.round(fraction * 100)}%`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
