/**
 * src/io's public surface: dataset files to a Dataset (with every problem located by file, line and
 * column), the hexagon grid over a dataset's zones, and the writers the CLI and the app's exports share.
 * No DOM and no Node here; the one Node-only module, readDatasetDir.ts (a folder on disk as dataset
 * files), is imported directly by Node callers.
 */
export { loadDataset } from './loadDataset.ts';
export type { LoadOptions, LoadResult } from './loadDataset.ts';
export { formatProblem } from './problem.ts';
export type { Problem } from './problem.ts';
export { sourceFromText } from './sourceFile.ts';
export type { SourceFile } from './sourceFile.ts';
export { stripBom } from './parseCsv.ts';
export type { ZonePolygon } from './readZoneGeometry.ts';
export { locateStations, zoneLocator } from './locateStations.ts';
export { hexagonSet } from './hexGrid/hexagonSet.ts';
export type { HexagonSet } from './hexGrid/hexagonSet.ts';
export { DEFAULT_CELL_KM } from './hexGrid/buildHexGrid.ts';
export { allocationCsv, ALLOCATION_CSV_HEADER } from './exports/allocationCsv.ts';
export { allocationGeoJson } from './exports/allocationGeoJson.ts';
export { allocationJson } from './exports/allocationJson.ts';
export { summaryCsv, SUMMARY_CSV_HEADER } from './exports/summaryCsv.ts';
export { csvCell, csvDocument } from './exports/csvCell.ts';
export { responseSummaryCsv, RESPONSE_SUMMARY_CSV_HEADER } from './exports/responseSummaryCsv.ts';
export { responseSlotCsv } from './exports/responseSlotCsv.ts';
export { sweepCsv, sweepCsvHeader, sweepCsvRow, valueCell, SWEEP_MEASURE_COLUMNS, SWEEP_RESPONSE_COLUMNS, SWEEP_PROBLEM_COLUMN } from './exports/sweepCsv.ts';
export type { SweepRow } from './exports/sweepCsv.ts';
export { frontierCsv, FRONTIER_COLUMNS } from './exports/frontierCsv.ts';
export type { FrontierCurvePoint, FrontierRow } from './exports/frontierCsv.ts';
export { readSweepCsv, MAX_SWEEP_ROWS } from './readSweepCsv.ts';
export type { SweepCsvRead, SweepTable, SweepTableRow } from './readSweepCsv.ts';
