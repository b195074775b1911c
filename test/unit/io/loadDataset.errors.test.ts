import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/loadDataset.ts';
import { sourceFromText, type SourceFile } from '../../../src/io/sourceFile.ts';
import { BASE, loadTiny, tinyErrors, tinyFiles, warningsOf } from './tinyDataset.ts';

describe('missing files', () => {
  it('requires residents.csv and flows.csv', async () => {
    expect(await tinyErrors({ 'residents.csv': null })).toEqual(['residents.csv: file is missing']);
    expect(await tinyErrors({ 'flows.csv': null })).toEqual(['flows.csv: file is missing']);
  });

  it('requires a zones file', async () => {
    expect(await tinyErrors({ 'zones.geojson': null })).toEqual([
      'zones.geojson: file is missing; give zones.geojson, zones.topojson or zones.json, or "boundaries" in dataset.json',
    ]);
  });

  it('suggests a misspelt file name', async () => {
    expect(await tinyErrors({ 'flows.csv': null, 'flow.csv': BASE['flows.csv'] })).toEqual([
      'flows.csv: file is missing (found "flow.csv": a misspelling?)',
    ]);
  });

  it('requires stations.csv for station_profiles.csv', async () => {
    expect(await tinyErrors({ 'stations.csv': null })).toEqual(['station_profiles.csv: needs stations.csv, which is missing']);
  });

  it('reports every missing file at once', async () => {
    const r = await loadDataset([]);
    expect(r.ok ? [] : r.errors.map((e) => e.file)).toEqual(['zones.geojson', 'residents.csv', 'flows.csv']);
  });
});

describe('empty and oversized files', () => {
  it('rejects empty files, including ones holding only a byte-order mark and blank lines', async () => {
    expect(await tinyErrors({ 'risk.csv': '' })).toEqual(['risk.csv: file is empty']);
    expect(await tinyErrors({ 'residents.csv': '\uFEFF\r\n\n  \n' })).toEqual(['residents.csv: file is empty']);
    expect(await tinyErrors({ 'zones.geojson': '' })).toEqual(['zones.geojson: file is empty']);
  });

  it('accepts a header with no rows in an optional file', async () => {
    const r = await loadTiny({ 'risk.csv': 'zone_id,year,crimes\n' });
    expect(r.ok && r.dataset.risk).toEqual({ years: [], values: new Float64Array(0) });
  });

  it('refuses a file over the limit without reading it', async () => {
    let read = false;
    const huge: SourceFile = { name: 'flows.csv', size: 60 * 1024 * 1024, text: () => ((read = true), Promise.resolve('')) };
    const files = [...tinyFiles({ 'flows.csv': null }), huge];
    const r = await loadDataset(files);
    expect(r.ok ? [] : r.errors.map((e) => `${e.file}: ${e.message}`)).toEqual(['flows.csv: file is 60 MB, over the 50 MB limit']);
    expect(read).toBe(false);
  });

  it('honours maxFileBytes', async () => {
    const r = await loadDataset(tinyFiles(), { maxFileBytes: 100 });
    const errors = r.ok ? [] : r.errors.map((e) => `${e.file}: ${e.message}`);
    expect(errors).toEqual([
      'zones.geojson: file is 1.7 KB, over the 100 bytes limit',
      'stations.csv: file is 176 bytes, over the 100 bytes limit',
    ]);
  });
});

describe('columns', () => {
  it('names a missing column and the misspelling that replaced it', async () => {
    expect(await tinyErrors({ 'flows.csv': 'origin,destinaton,count\nA,B,1\n' })).toEqual([
      'flows.csv line 1: column "destination" is missing (found "destinaton": a misspelling?)',
    ]);
  });

  it('names a missing column with no close match', async () => {
    expect(await tinyErrors({ 'residents.csv': 'zone_id,people\nA,1\n' })).toEqual([
      'residents.csv line 1: column "residents" is missing',
    ]);
  });

  it('rejects a repeated column', async () => {
    expect(await tinyErrors({ 'residents.csv': 'zone_id,residents,residents\nA,1,2\n' })).toEqual([
      'residents.csv line 1, column "residents": appears more than once (columns 2 and 3)',
    ]);
  });

  it('warns about a near miss for an optional column', async () => {
    const stations = BASE['stations.csv'].replace('weekday_in', 'weekday_inn');
    const r = await loadTiny({ 'stations.csv': stations });
    expect(r.ok).toBe(true);
    expect(warningsOf(r)).toEqual(['stations.csv line 1, column "weekday_inn": not a known column and ignored; did you mean "weekday_in"?']);
  });

  it('matches header names after trimming spaces, and only exactly', async () => {
    expect((await loadTiny({ 'residents.csv': ' zone_id , residents \nA,1\nB,2\nC,3\nD,4\n' })).ok).toBe(true);
    expect(await tinyErrors({ 'residents.csv': 'Zone_ID,residents\nA,1\n' })).toEqual([
      'residents.csv line 1: column "zone_id" is missing (found "Zone_ID": a misspelling?)',
    ]);
  });
});

describe('numbers', () => {
  it('requires whole numbers >= 0 for residents', async () => {
    const residents = 'zone_id,residents\nA,12a\nB,-3\nC,NaN\nD,12.5\n';
    expect(await tinyErrors({ 'residents.csv': residents })).toEqual([
      'residents.csv line 2, column "residents": "12a" is not a whole number',
      'residents.csv line 3, column "residents": "-3" is negative; expected a whole number >= 0',
      'residents.csv line 4, column "residents": "NaN" is not a finite number',
      'residents.csv line 5, column "residents": "12.5" is not a whole number',
    ]);
  });

  it('requires whole-number flow counts', async () => {
    const flows = 'origin,destination,count\nA,B,Infinity\nA,C,\nB,C,1.5\n';
    expect(await tinyErrors({ 'flows.csv': flows })).toEqual([
      'flows.csv line 2, column "count": "Infinity" is not a finite number',
      'flows.csv line 3, column "count": value is missing; expected a whole number >= 0',
      'flows.csv line 4, column "count": "1.5" is not a whole number',
    ]);
  });

  it('requires whole-number station totals but allows them empty', async () => {
    const stations = BASE['stations.csv'].replace('1000,900', '1000.5,-900');
    expect(await tinyErrors({ 'stations.csv': stations })).toEqual([
      'stations.csv line 2, column "weekday_in": "1000.5" is not a whole number',
      'stations.csv line 2, column "weekday_out": "-900" is negative; expected a whole number >= 0',
    ]);
  });

  it('requires whole-number crimes and four-digit years', async () => {
    expect(await tinyErrors({ 'risk.csv': 'zone_id,year,crimes\nA,2019,1e999\nB,19,5\nC,2019,2.5\n' })).toEqual([
      'risk.csv line 2, column "crimes": "1e999" is not a finite number',
      'risk.csv line 3, column "year": "19" is not a four-digit year',
      'risk.csv line 4, column "crimes": "2.5" is not a whole number',
    ]);
  });

  it('allows fractional profile counts but not negative or non-numeric ones; empty cells are 0', async () => {
    const profiles = 'station_id,direction,08:00,08:15,08:30\nS1,in,1.5,-2,\nS2,out,x,1,1\n';
    expect(await tinyErrors({ 'station_profiles.csv': profiles })).toEqual([
      'station_profiles.csv line 2, column "08:15": "-2" is negative; expected a number >= 0',
      'station_profiles.csv line 3, column "08:00": "x" is not a number',
    ]);
  });

  it('rejects station coordinates that are not degrees', async () => {
    const stations = 'id,name,lon,lat\nS1,One,530000,180000\nS2,Two,-0.09,north\n';
    expect(await tinyErrors({ 'stations.csv': stations, 'station_profiles.csv': null })).toEqual([
      'stations.csv line 2, column "lon": "530000" is not a longitude in degrees (-180 to 180); projected metres such as British National Grid must be converted to WGS84',
      'stations.csv line 2, column "lat": "180000" is not a latitude in degrees (-90 to 90); projected metres such as British National Grid must be converted to WGS84',
      'stations.csv line 3, column "lat": "north" is not a number',
    ]);
  });
});

describe('ids and references', () => {
  it('rejects duplicate residents rows', async () => {
    expect(await tinyErrors({ 'residents.csv': BASE['residents.csv'] + 'B,7\n' })).toEqual([
      'residents.csv line 6, column "zone_id": "B" already has a row (line 3)',
    ]);
  });

  it('rejects zones without a residents row', async () => {
    expect(await tinyErrors({ 'residents.csv': 'zone_id,residents\nA,1\nC,2\n' })).toEqual([
      'residents.csv: no row for zone "B" (Zone B)',
      'residents.csv: no row for zone "D" (Zone D)',
    ]);
  });

  it('rejects residents of unknown zones, hinting at a case slip', async () => {
    expect(await tinyErrors({ 'residents.csv': BASE['residents.csv'] + 'E,5\ne,6\n' })).toEqual([
      'residents.csv line 6, column "zone_id": "E" is not a zone id',
      'residents.csv line 7, column "zone_id": "e" is not a zone id',
    ]);
    expect(await tinyErrors({ 'residents.csv': 'zone_id,residents\na,1\nB,2\nC,3\nD,4\n' })).toEqual([
      'residents.csv line 2, column "zone_id": "a" is not a zone id (did you mean "A"?)',
      'residents.csv: no row for zone "A" (Zone A)',
    ]);
  });

  it('rejects flows between unknown places', async () => {
    expect(await tinyErrors({ 'flows.csv': 'origin,destination,count\nX,A,1\nA,,2\nB,ext,3\n' })).toEqual([
      'flows.csv line 2, column "origin": "X" is not a zone id or an id in external.csv',
      'flows.csv line 3, column "destination": value is missing; expected an id',
      'flows.csv line 4, column "destination": "ext" is not a zone id or an id in external.csv (did you mean "EXT"?)',
    ]);
    expect(await tinyErrors({ 'external.csv': null })).toEqual([
      'flows.csv line 5, column "destination": "EXT" is not a zone id (and there is no external.csv)',
    ]);
  });

  it('sums duplicate flows with a warning naming both lines', async () => {
    const r = await loadTiny({ 'flows.csv': BASE['flows.csv'] + 'A,B,5\nA,B,1\n' });
    expect(warningsOf(r)).toEqual([
      'flows.csv line 7: origin "A" to destination "B" is also on line 3; the counts are added',
      'flows.csv line 8: origin "A" to destination "B" is also on line 3; the counts are added',
    ]);
    expect(r.ok && Array.from(r.dataset.flows.count)).toEqual([300, 206, 100, 50, 10]);
  });

  it('rejects duplicate and clashing external ids', async () => {
    expect(await tinyErrors({ 'external.csv': 'id,name\nEXT,One\nEXT,Two\nA,Zone A again\n' })).toEqual([
      'external.csv line 3, column "id": "EXT" is already used on line 2',
      'external.csv line 4, column "id": "A" is already a zone id',
    ]);
  });

  it('rejects duplicate station ids', async () => {
    const stations = BASE['stations.csv'] + 'S1,Again,-0.11,51.51,,,,,,\n';
    expect(await tinyErrors({ 'stations.csv': stations })).toEqual([
      'stations.csv line 4, column "id": "S1" is already used on line 2',
    ]);
  });

  it('rejects profiles of unknown stations, bad directions and repeated rows', async () => {
    const profiles = 'station_id,direction,08:00\nS9,in,1\nS1,both,1\nS1,in,1\nS1,IN,2\n';
    expect(await tinyErrors({ 'station_profiles.csv': profiles })).toEqual([
      'station_profiles.csv line 2, column "station_id": "S9" is not a station id in stations.csv',
      'station_profiles.csv line 3, column "direction": "both" is not "in" or "out"',
      'station_profiles.csv line 5, column "station_id": "S1" already has an "in" row (line 4)',
    ]);
  });

  it('rejects unknown day types, naming the file, line and column, and repeated rows of one day type', async () => {
    const profiles = 'station_id,direction,day_type,08:00\nS1,in,weekend,1\nS1,in,saturday,1\nS1,in,sunday,1\nS1,in,saturday,2\n';
    expect(await tinyErrors({ 'station_profiles.csv': profiles })).toEqual([
      'station_profiles.csv line 2, column "day_type": "weekend" is not a day type; expected "mon-thu", "friday", "saturday", "sunday"',
      'station_profiles.csv line 5, column "station_id": "S1" already has an "in" saturday row (line 3)',
    ]);
  });

  it('rejects a station zone_id that is not a zone', async () => {
    const stations = 'id,name,lon,lat,zone_id\nS1,North West,-0.11,51.51,a\nS2,South East,-0.09,51.49,\n';
    expect(await tinyErrors({ 'stations.csv': stations, 'station_profiles.csv': null })).toEqual([
      'stations.csv line 2, column "zone_id": "a" is not a zone id (did you mean "A"?)',
    ]);
  });

  it('rejects time-like profile columns that are not quarter-hour starts', async () => {
    const profiles = 'station_id,direction,07:10,24:00,7:15,07:15,note\nS1,in,1,2,3,4,x\n';
    expect(await tinyErrors({ 'station_profiles.csv': profiles })).toEqual([
      'station_profiles.csv line 1, column "07:10": is not a quarter-hour column; expected a start time 00:00, 00:15, ..., 23:45',
      'station_profiles.csv line 1, column "24:00": is not a quarter-hour column; expected a start time 00:00, 00:15, ..., 23:45',
      'station_profiles.csv line 1, column "07:15": is the same time as column "7:15"',
    ]);
  });

  it('rejects risk rows for unknown zones and repeated zone-years', async () => {
    expect(await tinyErrors({ 'risk.csv': BASE['risk.csv'] + 'Z,2019,1\nA,2019,3\n' })).toEqual([
      'risk.csv line 5, column "zone_id": "Z" is not a zone id',
      'risk.csv line 6, column "zone_id": "A" already has a row for 2019 (line 2)',
    ]);
  });

  it('warns about, and keeps, a station outside every zone', async () => {
    const stations = BASE['stations.csv'] + 'S3,Far Away,-1.5,52.1,,,,,,\n';
    const r = await loadTiny({ 'stations.csv': stations });
    expect(r.ok).toBe(true);
    expect(warningsOf(r)).toEqual([
      'stations.csv line 4: station "S3" (Far Away) at (-1.5, 52.1) is outside every zone; it is left out of zone totals',
    ]);
    expect(r.ok && Array.from(r.dataset.stations.zone)).toEqual([0, 3, -1]);
  });
});

describe('error collection', () => {
  const manyBad = 'zone_id,residents\n' + Array.from({ length: 80 }, (_, i) => `A${i},x`).join('\n');

  it('collects up to maxErrors and then says how many more', async () => {
    const errors = await tinyErrors({ 'residents.csv': manyBad });
    expect(errors.length).toBe(51);
    expect(errors[0]).toBe('residents.csv line 2, column "residents": "x" is not a whole number');
    expect(errors[1]).toBe('residents.csv line 2, column "zone_id": "A0" is not a zone id');
    // 80 bad numbers + 80 unknown zones + 4 zones without a row
    expect(errors[50]).toBe('and 114 more errors (only the first 50 are listed)');
  });

  it('honours maxErrors and keeps going through other files', async () => {
    const errors = await tinyErrors({ 'residents.csv': null, 'flows.csv': 'origin,destination,count\nA,B,-1\nA,C,-2\n' }, { maxErrors: 2 });
    expect(errors).toEqual([
      'residents.csv: file is missing',
      'flows.csv line 2, column "count": "-1" is negative; expected a whole number >= 0',
      'and 1 more error (only the first 2 are listed)',
    ]);
  });

  it('never throws, even for files whose text cannot be read', async () => {
    const broken: SourceFile = { name: 'flows.csv', size: 10, text: () => Promise.reject(new Error('disk on fire')) };
    const r = await loadDataset([...tinyFiles({ 'flows.csv': null }), broken]);
    expect(r.ok ? [] : r.errors.map((e) => `${e.file}: ${e.message}`)).toEqual(['flows.csv: could not be read (disk on fire)']);
  });

  it('warns when a file name is given twice and uses the first', async () => {
    const r = await loadDataset([...tinyFiles(), sourceFromText('flows.csv', 'garbage')]);
    expect(r.ok).toBe(true);
    expect(warningsOf(r)).toEqual(['flows.csv: given more than once; the first one is used']);
  });
});
