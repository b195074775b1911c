import type { MultiPolygon, Polygon } from 'geojson';
import { MANIFEST_FILE, ZONE_FILES, datasetFiles } from '../io/datasetFiles.ts';
import { joinZones } from '../io/joinZones.ts';
import { ProblemLog } from '../io/problemLog.ts';
import { readManifest } from '../io/readManifest.ts';
import { readSource } from '../io/readSource.ts';
import { readZoneGeometry } from '../io/readZoneGeometry.ts';
import { readZoneTable } from '../io/readZoneTable.ts';
import type { SourceFile } from '../io/sourceFile.ts';

const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Zone polygons in the dataset's zone order, for drawing. loadDataset reads them but does not return
 * them (Dataset carries no geometry), so they are read again here with the loader's own readers and
 * join. Call only after loadDataset accepted the same files: it has reported any problem already.
 * To be replaced by the loader returning its geometries.
 */
export async function zoneGeometries(
  list: SourceFile[],
  resolveBoundaries: (ref: string) => Promise<SourceFile>,
): Promise<(Polygon | MultiPolygon)[]> {
  const log = new ProblemLog(NO_LIMIT);
  const files = datasetFiles(list, log);
  const read = (file: SourceFile | undefined) => (file ? readSource(file, NO_LIMIT, log) : Promise.resolve(null));

  const manifestText = await read(files.get(MANIFEST_FILE));
  const ref = manifestText ? (readManifest(manifestText, log)?.boundaries ?? null) : null;
  const boundaryFile =
    ref === null
      ? ZONE_FILES.map((name) => files.get(name)).find((file) => file !== undefined)
      : ((ref.startsWith('npm:') ? undefined : files.byName(ref)) ?? (await resolveBoundaries(ref)));
  const geometryText = await read(boundaryFile);
  const shapes = geometryText ? readZoneGeometry(geometryText, log) : null;
  const tableText = await read(files.get('zones.csv'));
  const table = tableText ? readZoneTable(tableText, log) : null;
  if (!shapes || log.errorCount > 0) throw new Error('the zone boundaries could not be read again for the map');

  const geometries = joinZones(table, shapes, log).geometries;
  const missing = geometries.findIndex((g) => g === null);
  if (missing >= 0) throw new Error(`zone ${missing + 1} has no usable geometry`);
  return geometries as (Polygon | MultiPolygon)[];
}
