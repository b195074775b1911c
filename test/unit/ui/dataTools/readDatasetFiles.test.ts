import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readDatasetFiles, type PickedFile } from '../../../../src/ui/dataTools/readDatasetFiles.ts';

function file(name: string, text: string, size = text.length): PickedFile & { reads: number } {
  const f = {
    name,
    size,
    reads: 0,
    text: () => {
      f.reads++;
      return Promise.resolve(text);
    },
  };
  return f;
}

describe('readDatasetFiles', () => {
  it('reads the dataset files and leaves others unread', async () => {
    const flows = file('flows.csv', 'origin,destination,count\n');
    const readme = file('README.md', '# notes');
    const read = await readDatasetFiles([flows, readme, file('zones.geojson', '{}'), file('Zones.TopoJSON', '{}')]);
    expect(read.files.map((f) => f.name)).toEqual(['flows.csv', 'zones.geojson', 'Zones.TopoJSON']);
    expect(read.files[0].text).toBe('origin,destination,count\n');
    expect(read.skipped).toEqual(['README.md']);
    expect(readme.reads).toBe(0);
    expect(read.errors).toEqual([]);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const huge = file('flows.csv', '', MAX_FILE_BYTES + 1);
    const read = await readDatasetFiles([huge]);
    expect(huge.reads).toBe(0);
    expect(read.files).toEqual([]);
    expect(read.errors).toEqual(['flows.csv: file is 50 MB, over the 50 MB limit']);
  });

  it('reports a file that cannot be read, and goes on with the rest', async () => {
    const broken: PickedFile = { name: 'risk.csv', size: 10, text: () => Promise.reject(new Error('permission denied')) };
    const read = await readDatasetFiles([broken, file('residents.csv', 'zone_id,residents\n')]);
    expect(read.errors).toEqual(['risk.csv: could not be read (permission denied)']);
    expect(read.files.map((f) => f.name)).toEqual(['residents.csv']);
  });

  it('reports progress by bytes read, from 0 to 1', async () => {
    const seen: number[] = [];
    await readDatasetFiles([file('a.csv', 'x'.repeat(30)), file('b.csv', 'x'.repeat(10))], (f) => seen.push(f));
    expect(seen).toEqual([0, 0.75, 1]);
  });
});
