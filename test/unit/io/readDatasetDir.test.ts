import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/loadDataset.ts';
import { readDatasetDir } from '../../../src/io/readDatasetDir.ts';
import { BASE, errorsOf } from './tinyDataset.ts';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tideline-io-'));
  const dataset = join(root, 'project', 'data');
  await mkdir(dataset, { recursive: true });
  for (const [name, text] of Object.entries(BASE)) {
    if (name !== 'zones.geojson') await writeFile(join(dataset, name), text);
  }
  await writeFile(join(dataset, 'dataset.json'), JSON.stringify({ name: 'On disk', boundaries: 'npm:@city/shapes/data/zones.geojson' }));
  await writeFile(join(dataset, '.DS_Store'), 'junk');
  await mkdir(join(dataset, 'sub'));
  const pkg = join(root, 'project', 'node_modules', '@city', 'shapes');
  await mkdir(join(pkg, 'data'), { recursive: true });
  await writeFile(join(pkg, 'package.json'), JSON.stringify({ name: '@city/shapes', exports: { '.': './index.js' } }));
  await writeFile(join(pkg, 'data', 'zones.geojson'), BASE['zones.geojson']);
  await writeFile(join(root, 'project', 'shared.geojson'), BASE['zones.geojson']);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('readDatasetDir', () => {
  it('lists the files of the folder with their sizes, skipping hidden files and folders', async () => {
    const { files } = await readDatasetDir(join(root, 'project', 'data'));
    expect(files.map((f) => f.name)).toEqual(
      ['dataset.json', 'external.csv', 'flows.csv', 'residents.csv', 'risk.csv', 'station_profiles.csv', 'stations.csv'],
    );
    const flows = files.find((f) => f.name === 'flows.csv');
    expect(flows?.size).toBe(Buffer.byteLength(BASE['flows.csv']));
    expect(await flows?.text()).toBe(BASE['flows.csv']);
  });

  it('resolves npm: boundaries from a node_modules above the folder, past an "exports" map', async () => {
    const { files, resolveBoundaries } = await readDatasetDir(join(root, 'project', 'data'));
    const r = await loadDataset(files, { resolveBoundaries });
    expect(errorsOf(r)).toEqual([]);
    expect(r.ok && r.dataset.name).toBe('On disk');
    expect(r.ok && r.dataset.zones.count).toBe(4);
  });

  it("resolves npm: boundaries of a dataset kept outside any project from Tideline's own node_modules", async () => {
    const elsewhere = join(root, 'elsewhere', 'copy');
    await mkdir(elsewhere, { recursive: true });
    await writeFile(join(elsewhere, 'dataset.json'), JSON.stringify({ name: 'Copied', boundaries: 'npm:@city/shapes/data/zones.geojson' }));
    const { files, resolveBoundaries } = await readDatasetDir(elsewhere, { projectRoot: join(root, 'project') });
    expect((await resolveBoundaries('npm:@city/shapes/data/zones.geojson')).name).toBe('zones.geojson');
    expect(files.map((f) => f.name)).toEqual(['dataset.json']);
    const alone = await readDatasetDir(elsewhere, { projectRoot: join(root, 'nowhere') });
    await expect(alone.resolveBoundaries('npm:@city/shapes/data/zones.geojson')).rejects.toThrow(/nor in Tideline's own/);
  });

  it('resolves plain paths relative to the folder and explains what it cannot find', async () => {
    const { resolveBoundaries } = await readDatasetDir(join(root, 'project', 'data'));
    expect((await resolveBoundaries('../shared.geojson')).name).toBe('shared.geojson');
    await expect(resolveBoundaries('npm:@city/shapes/data/missing.json')).rejects.toThrow(
      /package file "@city\/shapes\/data\/missing.json" was not found in any node_modules above /,
    );
    await expect(resolveBoundaries('npm:@city/shapes/../../x')).rejects.toThrow('is not of the form npm:<package>/<path>');
  });
});

describe('the London default in data/', () => {
  it('loads with no errors: 33 boroughs, residents, flows, stations in zones, risk', async () => {
    const { files, resolveBoundaries } = await readDatasetDir('data');
    const r = await loadDataset(files, { resolveBoundaries });
    expect(errorsOf(r)).toEqual([]);
    if (!r.ok) return;
    const d = r.dataset;
    expect(d.zones.count).toBe(33);
    expect(r.geometries).toHaveLength(33);
    const wandsworth = d.zones.ids.indexOf('E09000032');
    expect(d.zones.names[wandsworth]).toBe('Wandsworth');
    expect(d.residents[wandsworth]).toBe(306995);
    expect(d.zones.areaKm2[wandsworth]).toBeGreaterThan(30);
    expect(d.zones.areaKm2[wandsworth]).toBeLessThan(40);
    expect(d.stations.count).toBeGreaterThan(200);
    const placed = Array.from(d.stations.zone).filter((z) => z >= 0).length;
    expect(placed).toBe(d.stations.count - r.warnings.filter((w) => w.message.includes('outside every zone')).length);
    expect(placed).toBeGreaterThan(200);
    expect(d.flows.count.length).toBeGreaterThan(100);
    expect(d.adjacency.offsets[33]).toBeGreaterThan(33 * 2);
    expect(d.risk?.years.length).toBeGreaterThan(0);
  });
});
