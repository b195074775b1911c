/**
 * The model's public surface: what src/io, src/engine, the CLI and the benchmark build on. Pure,
 * deterministic computation on typed-array columns; nothing here imports from outside src/model.
 * Tests may import a single module directly to test it on its own.
 */
export * from './dataset.ts';
export * from './time.ts';
export { groupByKey } from './groupByKey.ts';
export { checkScenario, parseScenario, DEFAULTS, scenarioSchema } from './scenario.ts';
export type { Bounds, FrontCounterSetting, Method, Scenario, ScenarioEvent, Shift, ScenarioCheck } from './scenario.ts';
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
export type { SmoothedSolver } from './allocateSmoothed.ts';
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
export { runFinerScenario, hexagonTables } from './hexagons/runFinerScenario.ts';
export type { FinerRun } from './hexagons/runFinerScenario.ts';
export { restateScenario } from './hexagons/restateScenario.ts';
export type { FinerTables, FinerScenario } from './hexagons/restateScenario.ts';
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
// Batches: sweeps over scenario fields and the frontier search (src/cli/sweep*.ts, the app's batches).
export { parseScenarioPath, setScenarioPath, getScenarioPath } from './sweep/scenarioPath.ts';
export type { PathSegment, ScenarioPath, PathCheck } from './sweep/scenarioPath.ts';
export { parseVaryAxis, MAX_RANGE_VALUES } from './sweep/varyAxis.ts';
export type { VaryAxis, AxisParse } from './sweep/varyAxis.ts';
export { sweepGrid, MAX_RUNS } from './sweep/sweepGrid.ts';
export type { SweepGrid, GridBuild, GridProblem } from './sweep/sweepGrid.ts';
export { headlineMeasures } from './sweep/headlineMeasures.ts';
export type { HeadlineMeasures } from './sweep/headlineMeasures.ts';
export { frontierSearch, monotoneViolations } from './frontierSearch.ts';
export type { FrontierOptions, FrontierPoint, FrontierResult } from './frontierSearch.ts';
// Front counters: opening hours against the people of a zone.
export { parseOpeningHours, formatOpeningHours, openSlots, weeklyHours } from './frontCounterHours.ts';
export type { OpeningHours, OpeningWindow, OpeningParse } from './frontCounterHours.ts';
export { bestOpeningHours } from './frontCounterBest.ts';
export type { BestOpening } from './frontCounterBest.ts';
export { frontCounterFigures, frontCounterWeights } from './frontCounterFigures.ts';
export type { FrontCounterFigures, OpeningFigures, PreparedFrontCounter } from './frontCounterFigures.ts';
