import { describe, expect, test } from 'vitest';
import fixedBorough from '../../../../scenarios/fixed-borough.json';
import followTheCommute from '../../../../scenarios/follow-the-commute.json';
import type { Scenario } from '../../../../src/model/scenario.ts';
import { allocatedZones } from '../../../../src/ui/map/allocatedZones.ts';
import { measureExtent, measureValue } from '../../../../src/ui/map/measureValues.ts';
import { zoneTooltipContent, type ZoneFigures } from '../../../../src/ui/map/zoneTooltipContent.ts';
import { resultWeek } from '../../../../src/ui/map/zoneWeek.ts';
import { londonFigures } from './londonFigures.ts';

const NOON = 48;

describe('zone figures on the London default (follow-the-commute, Monday 12:00)', async () => {
  const { summary, result } = await londonFigures();
  const z = (name: string) => summary.zones.names.indexOf(name);
  const allocated = allocatedZones(summary, followTheCommute as Scenario);
  const statics = { residents: summary.zones.residents, workday: summary.zones.workday };
  const source = { statics, week: resultWeek(result, allocated) };
  const figures: ZoneFigures = {
    names: summary.zones.names, forces: summary.zones.forces, statics, week: source.week, force: 'Metropolitan Police Service', slot: NOON, measure: 'officers',
  };

  test('the Met scenario allocates every zone but the City of London', () => {
    expect(allocated.reduce((a, b) => a + b, 0)).toBe(32);
    expect(allocated[z('City of London')]).toBe(0);
    expect(allocatedZones(summary, { ...(fixedBorough as Scenario), force: 'all' }).every((a) => a === 1)).toBe(true);
  });

  test("Westminster's tooltip: 511 officers, 184 fixed, +327, its people present and per 1,000", () => {
    const content = zoneTooltipContent(figures, z('Westminster'));
    const rows = Object.fromEntries(content.rows);
    expect(content.title).toBe('Westminster');
    expect(content.subtitle).toBe('Metropolitan Police Service');
    expect(rows.Officers).toBe('511');
    expect(rows['Officers (fixed)']).toBe('184');
    expect(rows['Change against fixed']).toBe('+327');
    const present = result.inputs.present[NOON * 33 + z('Westminster')];
    expect(rows['People present']).toBe(Math.round(present).toLocaleString('en-GB'));
    expect(rows['Officers per 1,000 present']).toBe(((511 / present) * 1000).toFixed(1));
  });

  test('the City of London is named as its own force and given no Met officers', () => {
    const content = zoneTooltipContent(figures, z('City of London'));
    expect(content.subtitle).toBe('Policed by the City of London Police; it gets no Met officers.');
    expect(content.rows.map(([label]) => label)).not.toContain('Officers');
    expect(measureValue('officers', source, NOON, z('City of London'))).toBeNaN();
    expect(measureValue('present', source, NOON, z('City of London'))).toBeGreaterThan(0);
  });

  test('measure values read the result at the slot', () => {
    const w = z('Westminster');
    expect(measureValue('officers', source, NOON, w)).toBe(511);
    expect(measureValue('change', source, NOON, w)).toBe(327);
    expect(measureValue('per1000', source, NOON, w)).toBeCloseTo((1000 * 511) / result.inputs.present[NOON * 33 + w], 9);
    expect(measureValue('demand', source, NOON, w)).toBe(result.inputs.demand[NOON * 33 + w]);
    expect(measureValue('netChange', source, NOON, w)).toBe(summary.zones.workday[w] - summary.zones.residents[w]);
    expect(measureValue('officers', { ...source, week: null }, NOON, w)).toBeNaN();
  });

  test('the colour scale spans the whole week: its extent is the largest value in any slot', () => {
    let largest = 0;
    for (let i = 0; i < result.officersWhole.length; i++) if (allocated[i % 33]) largest = Math.max(largest, result.officersWhole[i]);
    expect(measureExtent('officers', [source])).toBe(largest);
    expect(measureExtent('officers', [source])).toBeGreaterThanOrEqual(511);
    expect(measureExtent('pWait', [source])).toBe(1);
  });
});
