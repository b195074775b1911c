import { describe, expect, test } from 'vitest';
import { eventFeatureCollection } from '../../../../src/ui/map/eventLayer.ts';
import { stationRadius, MAX_STATION_RADIUS } from '../../../../src/ui/map/stationLayer.ts';
import { eventZone, newEvent } from '../../../../src/ui/scenario/sections/eventPlacement.ts';
import { londonFigures } from './londonFigures.ts';

describe('events on the map', async () => {
  const { summary } = await londonFigures();
  const westminster = summary.zones.names.indexOf('Westminster');
  const at: [number, number] = [summary.zones.labelLon[westminster], summary.zones.labelLat[westminster]];

  test('a point event is drawn at its point, a zone event at its zone\u2019s label point; unknown zones are left out', () => {
    const fc = eventFeatureCollection(
      [
        { name: 'A', point: [-0.1, 51.5], day: 'Sat', start: '12:00', end: '18:00', officers: 400 },
        { name: 'B', zone: 'E09000033', day: 'Sat', start: '12:00', end: '18:00', officers: 400 },
        { name: 'C', zone: 'nowhere', day: 'Sat', start: '12:00', end: '18:00', officers: 400 },
      ],
      summary.zones,
    );
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual([[-0.1, 51.5], at]);
    expect(fc.features.map((f) => f.properties.event)).toEqual([0, 1]);
  });

  test('a new event starts on the hour on screen, runs four hours (not past midnight) with 100 officers', () => {
    expect(newEvent(0, 5 * 96 + 49, { point: [-0.123456789, 51.5] })).toEqual({
      name: 'Event 1', point: [-0.12346, 51.5], day: 'Sat', start: '12:00', end: '16:00', officers: 100,
    });
    expect(newEvent(2, 95, { zone: 'E09000033' })).toMatchObject({ name: 'Event 3', zone: 'E09000033', day: 'Mon', start: '23:00', end: '24:00' });
  });

  test('an event placed at Westminster\u2019s label point is in Westminster', () => {
    expect(eventZone({ name: 'x', point: at, day: 'Mon', start: '12:00', end: '13:00', officers: 1 }, summary.zones)).toBe(westminster);
    expect(eventZone({ name: 'x', point: [2.35, 48.85], day: 'Mon', start: '12:00', end: '13:00', officers: 1 }, summary.zones)).toBeNull();
  });

  test('station circles grow with the square root of footfall and vanish when the network is shut', () => {
    expect(stationRadius(100, 100)).toBe(MAX_STATION_RADIUS);
    expect(stationRadius(25, 100)).toBe(MAX_STATION_RADIUS / 2);
    expect(stationRadius(0, 100)).toBe(0);
  });
});
