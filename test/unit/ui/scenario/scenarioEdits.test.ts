import { describe, expect, test } from 'vitest';
import followTheCommute from '../../../../scenarios/follow-the-commute.json';
import { checkScenario, type Scenario } from '../../../../src/model/scenario.ts';
import {
  addEvent, addShift, removeEvent, removeShift, setBound, setEvent, setMethod, setShift, setSmoothing, setSupply, setWeight, setZoneBound,
} from '../../../../src/ui/scenario/scenarioEdits.ts';

const base = () => structuredClone(followTheCommute) as Scenario;

describe('scenario edits', () => {
  test('return a new scenario and leave the old one as it was (for undo)', () => {
    const s = base();
    const before = JSON.stringify(s);
    const t = setSupply(s, 'headcount', 25940);
    expect(t.supply.headcount).toBe(25940);
    expect(JSON.stringify(s)).toBe(before);
    expect(t).not.toBe(s);
  });

  test('a zone floor is added and removed; emptied bounds disappear from the scenario', () => {
    let s = setZoneBound(base(), 'floors', 'E09000021', 250);
    expect(s.floors).toEqual({ officers: 150, zones: { E09000021: 250 } });
    s = setZoneBound(s, 'floors', 'E09000021', undefined);
    expect(s.floors).toEqual({ officers: 150 });
    s = setBound(s, 'floors', 'officers', undefined);
    expect('floors' in s).toBe(false);
    s = setBound(s, 'caps', 'perThousandResidents', 2);
    expect(s.caps).toEqual({ perThousandResidents: 2 });
  });

  test('shifts are added (with no share) and removed; the engine checks that shares add up', () => {
    let s = addShift(base());
    expect(s.shifts).toHaveLength(4);
    expect(s.shifts[3].share).toBe(0);
    expect(checkScenario(s).ok).toBe(true);
    s = setShift(s, 3, { share: 0.1 });
    const check = checkScenario(s);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors[0]).toEqual({ path: 'shifts', message: 'shift shares add up to 1.1, not 1' });
    expect(removeShift(s, 3).shifts).toHaveLength(3);
  });

  test('events are added, edited and removed; the last removal drops the list', () => {
    let s = addEvent(base(), { name: 'Event 1', point: [-0.13, 51.5], day: 'Mon', start: '12:00', end: '16:00', officers: 100 });
    s = setEvent(s, 0, { day: 'Sat', officers: 400 });
    expect(s.events).toEqual([{ name: 'Event 1', point: [-0.13, 51.5], day: 'Sat', start: '12:00', end: '16:00', officers: 400 }]);
    expect(checkScenario(s).ok).toBe(true);
    expect('events' in removeEvent(s, 0)).toBe(false);
  });

  test('method, smoothing and weights', () => {
    let s = setMethod(base(), 'smoothed');
    s = setSmoothing(s, { maxChangePerSlot: 15, mutualAid: true });
    expect(s.smoothing).toEqual({ maxChangePerSlot: 15, mutualAid: true });
    s = setSmoothing(setSmoothing(s, { maxChangePerSlot: undefined }), { mutualAid: undefined });
    expect('smoothing' in s).toBe(false);
    expect(setWeight(base(), 'footfall', 1).weights).toEqual({ present: 1, footfall: 1, risk: 0 });
    expect(checkScenario(s).ok).toBe(true);
  });
});
