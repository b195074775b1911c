/**
 * src/engine's public surface, and all the page (src/ui) may import from below it: the worker pool and
 * its typed protocol, the in-process engine API (CLI, tests), and the model's types and pure helpers
 * the page shows (scenario types and checks, the week's time arithmetic). Browser-only and Node-only
 * pieces have their own entry points: browserEngineWorker.ts (Vite) and nodeEngineEnv.ts (Node).
 */
export { createEnginePool } from './enginePool.ts';
export { EngineStopped } from './enginePoolContract.ts';
export type { EnginePool, EnginePoolOptions, PoolAnswer } from './enginePoolContract.ts';
export type { EngineWorkerFactory, EngineWorkerHandle } from './engineWorkerHandle.ts';
export { createEngineApi } from './engineApi.ts';
export type { EngineEnv } from './engineEnv.ts';
export type {
  DatasetFileText, DatasetSource, EngineApi, ExplainResponse, ExportFormat, ExportResponse, FinerZoneSet, FrontCounterResponse, HeadlineResponse,
  LoadDatasetResponse, ProgressCallback, Refusal, ResponseResponse, RunResponse, RunSlotResponse, RunZoneSetResponse, ScenarioError,
  ZoneSetResponse,
} from './engineProtocol.ts';
export type { DatasetSummary } from './datasetSummary.ts';
export type { SlotResult } from './slotResult.ts';
export { fileSlug } from './exportFile.ts';
export { messageOf } from './refusals.ts';

// The model, as the page sees it: plain data types and pure helpers, never the computation itself.
export { checkScenario, DAY_NAMES, DAYS, dayOfSlot, DEFAULTS, formatClock, parseClock, slotLabel, slotOf, SLOTS_PER_DAY, SLOTS_PER_WEEK } from '../model/index.ts';
// Checking other JSON files against their schemas the way scenarios are checked (stories: src/ui/present).
export { closestName, jsonSyntaxError, validateJson } from '../model/index.ts';
export type { JsonSchema } from '../model/index.ts';
export type {
  Bounds, Day, Explanation, HexWeek, Method, ResponseResult, Scenario, ScenarioEvent, ScenarioResult, SchemaError, Shift,
} from '../model/index.ts';
// Batches (docs/batch.md): grids of runs, the frontier search, front-counter timetables, and their CSVs.
export {
  formatOpeningHours, frontierSearch, parseOpeningHours, parseScenarioPath, parseVaryAxis, setScenarioPath, sweepGrid,
} from '../model/index.ts';
export type {
  FrontCounterFigures, FrontCounterSetting, FrontierOptions, FrontierPoint, FrontierResult, HeadlineMeasures, OpeningFigures, OpeningHours,
  SweepGrid, VaryAxis,
} from '../model/index.ts';
export { formatProblem, frontierCsv, MAX_SWEEP_ROWS, readSweepCsv, sweepCsv } from '../io/index.ts';
export type { FrontierCurvePoint, FrontierRow, Problem, SweepCsvRead, SweepRow, SweepTable, SweepTableRow } from '../io/index.ts';
