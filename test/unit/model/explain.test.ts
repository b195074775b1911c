import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/model/explain.ts';
import { slotOf } from '../../../src/model/time.ts';
import { londonRun } from '../londonRun.ts';

describe('explain', () => {
  it("accounts for a zone's people: residents + commuters arrived - residents away = people present", async () => {
    const { data, plan, result, zone } = await londonRun('follow-the-commute.json');
    for (const [day, clock] of [['Mon', '03:00'], ['Mon', '12:00'], ['Sat', '14:00']] as const) {
      const e = explain(data, plan, result, zone('E09000032'), slotOf(day, clock));
      expect(e.people.residents + e.people.arrived - e.people.away).toBeCloseTo(e.people.present, 6);
    }
    const night = explain(data, plan, result, zone('E09000033'), slotOf('Mon', '03:00'));
    expect(night.people.arrived).toBe(0);
    expect(night.people.away).toBeCloseTo(0, 6);
    const noon = explain(data, plan, result, zone('E09000033'), slotOf('Mon', '12:00'));
    expect(noon.people.arrived).toBeGreaterThan(noon.people.away);
    expect(noon.allocation.officers).toBe(511);
    expect(noon.allocation.fixed).toBe(184);
  });
});
