// Entry point of the engine's Node worker threads in tests. Node 20 cannot start a worker from a .ts
// file (and `--import tsx` in a worker's execArgv does not reach its imports), so this plain module
// loads the TypeScript worker body through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./nodeEngineWorkerMain.ts', import.meta.url);
