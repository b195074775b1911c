// Entry point of `npm run sweep` (see sweepUsage.ts). Exit status: 0 done, 2 bad input, 1 internal error.
import { runCli } from './runCli.ts';
import { sweepCommand } from './sweepCommand.ts';

await runCli(sweepCommand);
