// Entry point of `npm run simulate` (see usage.ts). Exit status: 0 done, 2 bad input, 1 internal error.
import { runCli } from './runCli.ts';
import { simulateCommand } from './simulateCommand.ts';

await runCli(simulateCommand);
