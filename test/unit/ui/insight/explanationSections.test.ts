import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/model/explain.ts';
import { slotOf } from '../../../../src/model/time.ts';
import { explanationSections, explanationSummary, type ExplanationSection } from '../../../../src/ui/insight/explanationSections.ts';
import { CITY_OF_LONDON, londonRun, WESTMINSTER } from '../../londonRun.ts';

const noon = slotOf('Mon', '12:00');

function value(sections: ExplanationSection[], title: string, label: string): string | undefined {
  return sections.find((s) => s.title === title)?.rows.find((r) => r.label === label)?.value;
}

describe('explanationSections on follow-the-commute, Monday 12:00', () => {
  it("explains Westminster's 511 officers: against 184 fixed, no floor or cap binding", async () => {
    const { data, plan, result, zone } = await londonRun('follow-the-commute.json');
    const e = explain(data, plan, result, zone(WESTMINSTER), noon);
    expect(explanationSummary(e)).toBe("Westminster has 511 officers at Mon 12:00, +327 against the fixed model's 184.");
    const sections = explanationSections(e);
    expect(sections.map((s) => s.title)).toEqual(['People', 'Demand', 'Allocation', 'Immediate calls']);
    expect(value(sections, 'Allocation', 'Officers')).toBe('511 officers');
    expect(value(sections, 'Allocation', 'Fixed model')).toBe('184 officers');
    expect(value(sections, 'Allocation', 'Change against fixed')).toBe('+327');
    expect(value(sections, 'Allocation', 'Floor')).toBe('150 officers');
    expect(value(sections, 'Allocation', 'Cap')).toBe('none');
    expect(value(sections, 'Allocation', 'Binding')).toBe('neither');
    expect(value(sections, 'Allocation', 'Officers on duty (force)')).toBe('6,854 officers');
    expect(value(sections, 'People', 'Residents')).toBe(data.residents[zone(WESTMINSTER)].toLocaleString('en-GB'));
  });

  it('names the floor when it holds a zone up', async () => {
    const { data, plan, result } = await londonRun('follow-the-commute.json');
    const held = data.zones.ids.map((_, z) => explain(data, plan, result, z, noon)).find((e) => e.allocation.binding === 'floor');
    expect(held, 'the 150-officer floor binds somewhere at noon (docs/model.md)').toBeDefined();
    if (!held) return;
    expect(explanationSummary(held)).toContain('The floor of 150 officers holds it up.');
    expect(value(explanationSections(held), 'Allocation', 'Binding')).toBe('the floor');
  });

  it('says the City of London is policed by its own force, with no allocation figures', async () => {
    const { data, plan, result, zone } = await londonRun('follow-the-commute.json');
    const e = explain(data, plan, result, zone(CITY_OF_LONDON), noon);
    expect(explanationSummary(e)).toBe("City of London gets no officers from this scenario's force at Mon 12:00: it is policed by City of London Police.");
    expect(explanationSections(e).map((s) => s.title)).toEqual(['People', 'Demand']);
  });

  it('reports officers abstracted to an event in the zone that gives them up', async () => {
    const { data, plan, result } = await londonRun('weighted-risk-with-protest.json');
    const event = plan.events[0];
    const slot = event.slots[0];
    let giver = -1;
    for (let z = 0; z < data.zones.count; z++) if (result.abstraction[slot * data.zones.count + z] > 0.5) giver = z;
    expect(giver).toBeGreaterThanOrEqual(0);
    const sections = explanationSections(explain(data, plan, result, giver, slot));
    expect(value(sections, 'Allocation', 'Abstracted to events')).toMatch(/^[1-9][\d,]*\.\d officers$/);
    expect(value(sections, 'Allocation', 'Officers at events (force)')).toBe(`${event.officers.toLocaleString('en-GB')} officers`);
  });
});
