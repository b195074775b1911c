/**
 * Bad input from the user (options, scenario, dataset, an infeasible scenario): reported as its
 * message alone, one problem per line, with exit status 2 and no stack trace.
 */
export class InputError extends Error {
  override name = 'InputError';

  constructor(lines: string | readonly string[]) {
    super(typeof lines === 'string' ? lines : lines.join('\n'));
  }
}
