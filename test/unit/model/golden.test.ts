/**
 * Golden scenario outputs: every scenarios/*.json run on the London default, summarised and compared
 * with test/golden/<name>.json. A change to the engine that moves any figure fails here; when the
 * change is meant, regenerate on purpose with `REGEN=1 npx vitest run test/unit/model/golden.test.ts`
 * and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FrontCounterFigures, OpeningFigures } from '../../../src/model/frontCounterFigures.ts';
import { prepareScenario } from '../../../src/model/prepareScenario.ts';
import { runScenario } from '../../../src/model/runScenario.ts';
import { parseScenario } from '../../../src/model/scenario.ts';
import { SLOTS_PER_WEEK, slotOf } from '../../../src/model/time.ts';
import { loadDefault } from '../loadDefault.ts';

const SNAPSHOTS = [['Mon', '03:00'], ['Mon', '08:30'], ['Mon', '12:00'], ['Sat', '14:00'], ['Sun', '23:45']] as const;
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort();
const round = (x: number, places = 6) => Number(x.toFixed(places));

function openingSummary(o: OpeningFigures | null) {
  return o && { text: o.text, weeklyHours: o.weeklyHours, residentsShare: round(o.residentsShare), presentShare: round(o.presentShare), residentsAwayWhenOpen: round(o.residentsAwayWhenOpen) };
}

function frontCounterSummary(f: FrontCounterFigures) {
  return { name: f.name, zone: f.zoneId, given: openingSummary(f.given), best: openingSummary(f.best) };
}

describe('golden scenario outputs', () => {
  for (const file of files) {
    it(`${file} gives the recorded figures`, async () => {
      const data = await loadDefault();
      const checked = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'));
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      const prepared = prepareScenario(checked.scenario, data);
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
      const r = await runScenario(data, prepared.plan);
      const n = data.zones.count;
      const hours = (a: Int32Array, z: number) => {
        let h = 0;
        for (let s = 0; s < SLOTS_PER_WEEK; s++) h += a[s * n + z] / 4;
        return h;
      };
      const summary = {
        scenario: checked.scenario.name,
        totals: Object.fromEntries(Object.entries(r.measures.totals).map(([k, v]) => [k, round(v)])),
        smoothingDeviation: r.smoothingDeviation === null ? null : round(r.smoothingDeviation, 3),
        officerHours: Object.fromEntries(data.zones.ids.map((id, z) => [id, [hours(r.fixedWhole, z), hours(r.officersWhole, z)]])),
        officersAt: Object.fromEntries(
          SNAPSHOTS.map(([day, clock]) => {
            const s = slotOf(day, clock);
            return [`${day} ${clock}`, Array.from(r.officersWhole.subarray(s * n, s * n + n))];
          }),
        ),
        events: r.events.map((e) => ({ name: e.name, top: e.abstractedFrom.slice(0, 5).map((a) => [data.zones.ids[a.zone], round(a.officerHours, 3)]) })),
        // Only for scenarios that have them, so the goldens written before these fields stay as they were.
        ...(prepared.plan.reserve ? { reserve: { officerHours: round(prepared.plan.reserve.officerHours, 3), headcount: round(prepared.plan.reserve.headcount, 3) } } : {}),
        ...(r.frontCounters.length > 0 ? { frontCounters: r.frontCounters.map(frontCounterSummary) } : {}),
      };
      const path = `test/golden/${file}`;
      if (process.env.REGEN === '1') writeFileSync(path, `${JSON.stringify(summary, null, 1)}\n`);
      else if (!existsSync(path)) throw new Error(`${path} is missing: write it on purpose with REGEN=1 and review it`);
      expect(summary).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    }, 60_000);
  }
});
