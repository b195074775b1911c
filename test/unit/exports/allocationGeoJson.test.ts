import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocationGeoJson, type AllocationZoneProperties } from '../../../src/io/exports/allocationGeoJson.ts';
import { SLOTS_PER_WEEK } from '../../../src/model/time.ts';
import { defaultRun, type Run } from './defaultRun.ts';

let run: Run;
let text: string;
let doc: FeatureCollection<Polygon | MultiPolygon, AllocationZoneProperties> & { scenario: string };

beforeAll(async () => {
  run = await defaultRun();
  text = allocationGeoJson(run.name, run.data, run.geometries, run.result);
  doc = JSON.parse(text);
});

describe('allocationGeoJson on the London default', () => {
  it('is a FeatureCollection with one polygon feature per zone, in zone order', () => {
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.scenario).toBe('Follow the commute');
    expect(doc.features).toHaveLength(33);
    doc.features.forEach((f, z) => {
      expect(f.type).toBe('Feature');
      expect(f.id).toBe(run.data.zones.ids[z]);
      expect(f.geometry).toEqual(run.geometries[z]);
    });
  });

  it('carries the zone figures and the 672 whole officers of each zone', () => {
    const { data, result } = run;
    const n = data.zones.count;
    let hours = 0;
    doc.features.forEach((f, z) => {
      const p = f.properties;
      expect(Object.keys(p).sort()).toEqual(
        ['force', 'officer_hours', 'officer_hours_change', 'officer_hours_fixed', 'officers', 'residents', 'workday_population', 'zone_id', 'zone_name'],
      );
      expect([p.zone_id, p.zone_name, p.force]).toEqual([data.zones.ids[z], data.zones.names[z], data.zones.forces[z]]);
      expect(p.residents).toBe(data.residents[z]);
      expect(p.officers).toEqual(Array.from({ length: SLOTS_PER_WEEK }, (_, s) => result.officersWhole[s * n + z]));
      expect(p.officer_hours).toBe(p.officers.reduce((a, b) => a + b, 0) * 0.25);
      expect(p.officer_hours_change).toBe(p.officer_hours - p.officer_hours_fixed);
      hours += p.officer_hours;
    });
    expect(hours).toBe(result.onDuty.reduce((a, b) => a + b, 0) * 0.25);
  });

  it('gives the same bytes for the same input, ending with a newline', () => {
    expect(allocationGeoJson(run.name, run.data, run.geometries, run.result)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
