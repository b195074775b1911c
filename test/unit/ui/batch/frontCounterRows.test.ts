/** The front-counter panel's figures read as the CLI's --front-counter report does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontCounterReport } from '../../../../src/cli/frontCounterReport.ts';
import { parseOpeningHours, type FrontCounterFigures, type OpeningFigures } from '../../../../src/engine/index.ts';
import { frontCounterRows, frontCounterSummary } from '../../../../src/ui/batch/frontCounterRows.ts';

function opening(text: string, residents: number, present: number, away: number): OpeningFigures {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const hours = parsed.hours.reduce((h, w) => h + (w ? (w.close - w.open) / 4 : 0), 0);
  return { hours: parsed.hours, text, weeklyHours: hours, residentsShare: residents, presentShare: present, residentsAwayWhenOpen: away };
}

function figures(given: OpeningFigures, best: OpeningFigures | null): FrontCounterFigures {
  return { name: 'Front counter', zone: 31, zoneId: 'E09000032', zoneName: 'Wandsworth', minWindowMinutes: 240, bestFor: 'residents', given, best };
}

describe('front-counter rows', () => {
  it("show every figure as the CLI's report prints it", () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(share, share, share, share, share, share, (a, b, c, d, e, f) => {
      const fig = figures(opening('Mon-Fri 09:00-17:00', a, b, c), opening('Mon-Fri 19:00-23:00; Sat 07:00-11:00; Sun 07:00-23:00', d, e, f));
      const report = frontCounterReport(fig);
      for (const row of frontCounterRows(fig)) {
        const label = `${row.kind === 'given' ? 'given:' : 'best: '} ${row.timetable} `;
        const line = report.split('\n').find((l) => l.startsWith(label));
        expect(line, row.timetable).toBeDefined();
        expect(line!.slice(label.length).trim().split(/\s+/)).toEqual([row.hours, row.residents, row.present, row.away]);
      }
    }));
  });

  it('say the given and the best timetables in words, or that no best one exists', () => {
    const given = opening('Mon-Fri 09:00-17:00', 0.278, 0.323, 0.355);
    const [first, second] = frontCounterSummary(figures(given, opening('Mon-Fri 19:00-23:00; Sat 07:00-11:00; Sun 07:00-23:00', 0.412, 0.381, 0.043)));
    expect(first).toBe("Mon-Fri 09:00-17:00 covers 27.8% of Wandsworth residents' waking hours at home (07:00 to 23:00, every day); 35.5% of residents are away while it is open.");
    expect(second).toBe("The best 40 hours a week for residents' waking hours at home, opening at most once a day for at least 4:00, are Mon-Fri 19:00-23:00; Sat 07:00-11:00; Sun 07:00-23:00: 41.2% of residents' waking hours at home.");
    expect(frontCounterRows(figures(given, null))).toHaveLength(1);
    expect(frontCounterSummary(figures(given, null))[1]).toMatch(/^No timetable with these weekly hours opens for at least 4:00/);
  });
});
