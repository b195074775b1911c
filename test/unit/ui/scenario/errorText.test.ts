import { describe, expect, test } from 'vitest';
import followTheCommute from '../../../../scenarios/follow-the-commute.json';
import type { Scenario } from '../../../../src/model/scenario.ts';
import { describePath } from '../../../../src/ui/scenario/describePath.ts';
import { errorAnchor } from '../../../../src/ui/scenario/errorAnchor.ts';

const fields = ['supply.headcount', 'floors', 'floors.officers', 'floors.zones.E09000021', 'events[0]', 'events[0].officers', 'shifts'];

describe('errorAnchor', () => {
  test('puts an error next to its own field, else its nearest ancestor, else nowhere', () => {
    expect(errorAnchor('supply.headcount', fields)).toBe('supply.headcount');
    expect(errorAnchor('floors', fields)).toBe('floors');
    expect(errorAnchor('floors.zones.E09000021', fields)).toBe('floors.zones.E09000021');
    expect(errorAnchor('floors.zones.E09000001', fields)).toBe('floors');
    expect(errorAnchor('events[0].point', fields)).toBe('events[0]');
    expect(errorAnchor('events[0].officers', fields)).toBe('events[0].officers');
    expect(errorAnchor('shifts[2].start', fields)).toBe('shifts');
    expect(errorAnchor('caps', fields)).toBeNull();
    expect(errorAnchor('floorsX', fields)).toBeNull();
  });
});

describe('describePath', () => {
  const scenario = {
    ...(followTheCommute as Scenario),
    events: [{ name: 'Protest', zone: 'E09000033', day: 'Sat', start: '12:00', end: '18:00', officers: 400 }],
  } as Scenario;
  const zoneName = (id: string) => (id === 'E09000021' ? 'Kingston upon Thames' : null);

  test('names fields in plain words', () => {
    expect(describePath('floors', scenario, zoneName)).toBe('Floors');
    expect(describePath('supply.headcount', scenario, zoneName)).toBe('Headcount');
    expect(describePath('floors.zones.E09000021', scenario, zoneName)).toBe('Floor for Kingston upon Thames');
    expect(describePath('caps.officers', scenario, zoneName)).toBe('Cap for every zone');
    expect(describePath('events[0].point', scenario, zoneName)).toBe('Event 1 ("Protest") place');
    expect(describePath('shifts[1]', scenario, zoneName)).toBe('Shift 2 ("Late")');
    expect(describePath('weights.footfall', scenario, zoneName)).toBe('Weight of station footfall');
  });
});
