/**
 * The model's public surface: what src/io, src/engine, the CLI and the benchmark build on. Pure,
 * deterministic computation on typed-array columns; nothing here imports from outside src/model.
 * Tests may import a single module directly to test it on its own.
 */
export * from './dataset.ts';
export * from './time.ts';
export { checkScenario, parseScenario, DEFAULTS, scenarioSchema } from './scenario.ts';
export type { Bounds, Method, Scenario, ScenarioEvent, Shift, ScenarioCheck } from './scenario.ts';
export type { SchemaError } from './jsonSchema.ts';
export { jsonSyntaxError } from './jsonSyntaxError.ts';
export { closestName, editDistance } from './closestName.ts';
export { validateJson } from './jsonSchema.ts';
export type { JsonSchema } from './jsonSchema.ts';
export { prepareScenario, eventSlots } from './prepareScenario.ts';
export type { PreparedScenario, PreparedEvent, ServiceParams, ZoneLocator, PrepareResult } from './prepareScenario.ts';
export { runScenario, RunCancelled, LP_STAGE } from './runScenario.ts';
export type { ScenarioResult, RunOptions } from './runScenario.ts';
export { peopleInputs, scenarioInputs } from './scenarioInputs.ts';
export type { PeopleInputs, ScenarioInputs } from './scenarioInputs.ts';
export { SmoothingInfeasible } from './allocateSmoothed.ts';
export type { LinearProgram, LpSolution, LpSolver } from './linearProgram.ts';
export { highsSolver } from './highsSolver.ts';
export type { HighsLike } from './highsSolver.ts';
export { explain } from './explain.ts';
export type { Explanation } from './explain.ts';
export type { Measures } from './measures.ts';
export type { EventReport } from './eventReports.ts';
export { footfall } from './footfall.ts';
export { workdayPopulation, netDaytimeChange } from './workday.ts';
export { hexDataset } from './hexagons/hexDataset.ts';
export type { HexDataset } from './hexagons/hexDataset.ts';
export type { HexTables } from './hexagons/hexTables.ts';
export { runHexScenario } from './hexagons/runHexScenario.ts';
export type { HexRun } from './hexagons/runHexScenario.ts';
export { hexWeek } from './hexagons/hexWeek.ts';
export type { HexWeek } from './hexagons/hexWeek.ts';
export { partWeights } from './hexagons/partWeights.ts';
// The response simulation (src/model/response): calls, units, dispatch and travel over a run's allocation.
export { responseInputs } from './response/responseInputs.ts';
export type { ResponseInputs } from './response/responseInputs.ts';
export { runReplications, simulateResponse } from './response/runReplications.ts';
export type { ReplicationOptions } from './response/runReplications.ts';
export { simulateReplication, ReplicationRun } from './response/replicationRun.ts';
export { replicationFromBuffer } from './response/replicationResult.ts';
export type { ReplicationResult } from './response/replicationResult.ts';
export { summariseReplications, summaryBuffers, mergeSummaries, mergeReplications } from './response/mergeReplications.ts';
export type { ResponseSummary } from './response/mergeReplications.ts';
export type { ResponseResult, GradeResponse, ResponseFigures } from './response/responseResult.ts';
export { GRADE_NAMES, IMMEDIATE, SIGNIFICANT } from './response/responseParams.ts';
export type { SmallAreas, SmallAreaParts } from './hexagons/smallAreas.ts';
