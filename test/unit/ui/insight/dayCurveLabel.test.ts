import { describe, expect, it } from 'vitest';
import { dayCurveLabel } from '../../../../src/ui/insight/dayCurveLabel.ts';

describe('dayCurveLabel', () => {
  it('names the zone and day and gives each series its low and high with their times', () => {
    const present = new Float64Array(96).fill(1000);
    present[48] = 5000;
    const officers = new Float64Array(96).fill(10);
    officers[4] = 8;
    const fixed = new Float64Array(96).fill(12);
    const text = dayCurveLabel('Westminster', 0, { present, officers, fixed });
    expect(text).toBe(
      'Westminster on Monday, 15 minutes at a time. People present from 1,000 at 00:00 to 5,000 at 12:00. ' +
        'Officers in this scenario from 8 at 01:00 to 10 at 00:00. Officers in the fixed model from 12 at 00:00 to 12 at 00:00.',
    );
  });
});
