import { PROFILE_DAY_TYPES, SLOTS_PER_DAY, type Dataset, type ExternalAreas, type Stations } from '../model/index.ts';
import { MANIFEST_FILE, ZONE_FILES, baseName, datasetFiles, type DatasetFiles } from './datasetFiles.ts';
import { IdIndex } from './idIndex.ts';
import { joinZones, type ZoneList } from './joinZones.ts';
import { locateStations } from './locateStations.ts';
import type { Problem } from './problem.ts';
import { ProblemLog } from './problemLog.ts';
import { readExternal } from './readExternal.ts';
import { readFlows } from './readFlows.ts';
import { readManifest, type Manifest, type SmallAreaRefs } from './readManifest.ts';
import { readResidents } from './readResidents.ts';
import { readRisk } from './readRisk.ts';
import { readSource } from './readSource.ts';
import { readStationProfiles } from './readStationProfiles.ts';
import { readStations, type StationTable } from './readStations.ts';
import type { TextFile } from './readTable.ts';
import { readZoneGeometry, type ZonePolygon, type ZoneShapes } from './readZoneGeometry.ts';
import { readZoneTable } from './readZoneTable.ts';
import type { SourceFile } from './sourceFile.ts';
import { adjacencyFromSharedVertices, adjacencyFromTopology } from './zoneAdjacency.ts';
import { zoneMeasures } from './zoneMeasures.ts';

export type LoadResult =
  /**
   * `geometries` are the zone polygons in zone order, for drawing; the Dataset itself has none. `smallAreas`
   * names the optional small-area layer (dataset.json), which loadSmallAreas reads when hexagons need it.
   */
  | { ok: true; dataset: Dataset; geometries: ZonePolygon[]; smallAreas: SmallAreaRefs | null; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

export interface LoadOptions {
  /** Fetches the file a dataset.json "boundaries" names when it is not among the files ("npm:..." refs). */
  resolveBoundaries?: (ref: string) => Promise<SourceFile>;
  /** Fraction 0..1 of each file read so far, while parsing. */
  onProgress?: (p: { file: string; fraction: number }) => void;
  /** Default 50 MB. */
  maxFileBytes?: number;
  /** Default 50. */
  maxErrors?: number;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const DEFAULT_MAX_ERRORS = 50;

interface Ctx {
  files: DatasetFiles;
  options: LoadOptions;
  log: ProblemLog;
  maxBytes: number;
}

/**
 * Builds a Dataset from the files of docs/data-format.md. Never throws for bad input: every problem
 * found (up to maxErrors) comes back with file, line and column. Inputs are only read, so a caller
 * can keep its previous dataset when a new one fails.
 */
export async function loadDataset(files: SourceFile[], options: LoadOptions = {}): Promise<LoadResult> {
  const log = new ProblemLog(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  try {
    const ctx: Ctx = { files: datasetFiles(files, log), options, log, maxBytes: options.maxFileBytes ?? DEFAULT_MAX_BYTES };
    const loaded = await load(ctx);
    if (loaded && log.errorCount === 0) return { ok: true, ...loaded, warnings: log.result().warnings };
  } catch (e) {
    // A safety net: readers report bad input as problems; reaching here means a bug, not bad data.
    log.error({ file: '', message: `loading failed unexpectedly (${e instanceof Error ? e.message : String(e)})` });
  }
  return { ok: false, ...log.result() };
}

function progress(ctx: Ctx, file: string): ((fraction: number) => void) | undefined {
  const report = ctx.options.onProgress;
  return report ? (fraction) => report({ file, fraction }) : undefined;
}

async function text(ctx: Ctx, file: SourceFile | undefined): Promise<TextFile | null> {
  return file ? readSource(file, ctx.maxBytes, ctx.log) : null;
}

async function zoneGeometrySource(ctx: Ctx, manifest: Manifest | null): Promise<SourceFile | undefined> {
  const { files, log } = ctx;
  const ref = manifest?.boundaries ?? null;
  const local = ZONE_FILES.map((n) => files.get(n)).filter((f) => f !== undefined);
  if (ref === null) {
    if (local.length === 0) {
      log.error({ file: ZONE_FILES[0], message: `${files.missing(ZONE_FILES[0])}; give zones.geojson, zones.topojson or zones.json, or "boundaries" in ${MANIFEST_FILE}` });
    }
    for (const f of local.slice(1)) {
      log.warning({ file: baseName(f.name), message: `ignored: ${baseName(local[0].name)} is used for the zones` });
    }
    return local[0];
  }
  for (const f of local) {
    log.warning({ file: baseName(f.name), message: `ignored: ${MANIFEST_FILE} names "${ref}" as the boundaries` });
  }
  const given = ref.startsWith('npm:') ? undefined : files.byName(ref);
  if (given) return given;
  const resolve = ctx.options.resolveBoundaries;
  if (!resolve) {
    const why = ref.startsWith('npm:') ? 'npm references need LoadOptions.resolveBoundaries' : 'no such file was given';
    log.error({ file: MANIFEST_FILE, message: `"boundaries" is "${ref}", but ${why}` });
    return undefined;
  }
  try {
    return await resolve(ref);
  } catch (e) {
    log.error({ file: MANIFEST_FILE, message: `"boundaries" file "${ref}" could not be loaded (${e instanceof Error ? e.message : String(e)})` });
    return undefined;
  }
}

async function load(ctx: Ctx): Promise<{ dataset: Dataset; geometries: ZonePolygon[]; smallAreas: SmallAreaRefs | null } | null> {
  const { files, log } = ctx;
  const manifestText = await text(ctx, files.get(MANIFEST_FILE));
  const manifest = manifestText ? readManifest(manifestText, log) : null;
  const geometrySource = await zoneGeometrySource(ctx, manifest);
  for (const required of ['residents.csv', 'flows.csv'] as const) {
    if (!files.get(required)) log.error({ file: required, message: files.missing(required) });
  }

  const geometryText = await text(ctx, geometrySource);
  const geometryProgress = geometryText ? progress(ctx, geometryText.name) : undefined;
  geometryProgress?.(0);
  const shapes = geometryText ? readZoneGeometry(geometryText, log, manifest?.topojsonObject ?? null) : null;
  geometryProgress?.(1);
  const tableText = await text(ctx, files.get('zones.csv'));
  const table = tableText ? readZoneTable(tableText, log, progress(ctx, tableText.name)) : null;
  const zoneList = shapes ? joinZones(table, shapes, log) : null;
  if (shapes && shapes.shapes.length === 0) log.error({ file: shapes.file, message: 'has no zone features' });
  const zoneIds = zoneList ? zoneList.ids : (table?.ids ?? null);
  const zones = zoneIds ? new IdIndex(zoneIds) : null;
  const zoneNames = zoneList?.names ?? table?.names ?? [];

  const externalText = await text(ctx, files.get('external.csv'));
  const external: ExternalAreas = externalText
    ? readExternal(externalText, zones, log, progress(ctx, externalText.name))
    : { ids: [], names: [] };
  const residentsText = await text(ctx, files.get('residents.csv'));
  const residents = residentsText ? readResidents(residentsText, zones, zoneNames, log, progress(ctx, residentsText.name)) : null;
  const flowsText = await text(ctx, files.get('flows.csv'));
  const flows = flowsText ? readFlows(flowsText, zones, new IdIndex(external.ids), log, progress(ctx, flowsText.name)) : null;
  const stationsText = await text(ctx, files.get('stations.csv'));
  const stationTable = stationsText ? readStations(stationsText, log, progress(ctx, stationsText.name)) : null;
  const stations = await readStationsWithProfiles(ctx, stationTable);
  const riskText = await text(ctx, files.get('risk.csv'));
  const risk = riskText ? readRisk(riskText, zones, log, progress(ctx, riskText.name)) : null;

  if (log.errorCount > 0 || !zoneList || !shapes || !residents || !flows) return null;
  locateInZones(stations, stationTable, zoneList, stationsText?.name ?? 'stations.csv', log);
  const geometries = zoneList.geometries.filter((g) => g !== null);
  if (log.errorCount > 0 || geometries.length !== zoneList.ids.length) return null;
  const dataset: Dataset = {
    name: manifest?.name ?? 'Unnamed dataset',
    description: manifest?.description ?? '',
    zones: {
      count: zoneList.ids.length, ids: zoneList.ids, names: zoneList.names, forces: zoneList.forces, parents: zoneList.parents,
      ...zoneMeasures(zoneList.geometries),
    },
    residents,
    external,
    flows,
    stations,
    risk,
    adjacency: adjacency(shapes, zoneList),
  };
  return { dataset, geometries, smallAreas: manifest?.smallAreas ?? null };
}

function adjacency(shapes: ZoneShapes, zoneList: ZoneList) {
  return shapes.neighbours
    ? adjacencyFromTopology(shapes.neighbours, zoneList.shapeIndex)
    : adjacencyFromSharedVertices(zoneList.geometries);
}

async function readStationsWithProfiles(ctx: Ctx, table: StationTable | null): Promise<Stations> {
  const n = table?.ids.length ?? 0;
  const stations: Stations = {
    count: n,
    ids: table?.ids ?? [],
    names: table?.names ?? [],
    lon: table?.lon ?? new Float64Array(0),
    lat: table?.lat ?? new Float64Array(0),
    zone: new Int32Array(n).fill(-1),
    totals: table?.totals ?? new Float64Array(0),
    profileIn: new Float32Array(PROFILE_DAY_TYPES * n * SLOTS_PER_DAY),
    profileOut: new Float32Array(PROFILE_DAY_TYPES * n * SLOTS_PER_DAY),
    hasProfile: new Uint8Array(PROFILE_DAY_TYPES * n),
  };
  const source = ctx.files.get('station_profiles.csv');
  if (!source) return stations;
  if (!ctx.files.get('stations.csv')) {
    ctx.log.error({ file: baseName(source.name), message: 'needs stations.csv, which is missing' });
    return stations;
  }
  const profilesText = await text(ctx, source);
  if (!profilesText || !table) return stations;
  const p = readStationProfiles(profilesText, new IdIndex(table.ids), ctx.log, progress(ctx, profilesText.name));
  return { ...stations, ...p };
}

/** Stations go to the zone their zone_id names, else to the zone containing them. */
function locateInZones(stations: Stations, table: StationTable | null, zoneList: ZoneList, file: string, log: ProblemLog): void {
  if (!table) return;
  stations.zone = locateStations(stations.lon, stations.lat, zoneList.geometries);
  const zones = new IdIndex(zoneList.ids);
  table.zoneIds.forEach((id, s) => {
    if (id === null) return;
    const z = zones.get(id);
    if (z === undefined) log.error({ file, line: table.lines[s], column: 'zone_id', message: zones.unknown(id, 'a zone id') });
    else stations.zone[s] = z;
  });
  stations.zone.forEach((z, s) => {
    if (z >= 0 || table.zoneIds[s] !== null) return;
    const where = `(${stations.lon[s]}, ${stations.lat[s]})`;
    const message = `station "${stations.ids[s]}" (${stations.names[s]}) at ${where} is outside every zone; it is left out of zone totals`;
    log.warning({ file, line: table.lines[s], message });
  });
}

