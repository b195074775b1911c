import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStory, parseStory, storyErrorLines } from '../../../../src/ui/present/story/checkStory.ts';
import type { Story } from '../../../../src/ui/present/story/story.ts';
import { storyFileName, storyFileText } from '../../../../src/ui/present/story/storyFile.ts';
import { diskLibrary, londonZoneIds } from './storyFiles.ts';

const ctx = () => ({ library: diskLibrary(), zoneIds: londonZoneIds() });
const shipped = () => readFileSync('stories/safer-together.json', 'utf8');

function oneView(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'T',
    views: [{ caption: 'c', scenario: 'fixed-borough.json', day: 'Mon', time: '12:00', measure: 'officers', zones: 'boroughs', ...patch }],
  };
}

const errors = (value: unknown) => {
  const check = checkStory(value, ctx());
  return check.ok ? [] : storyErrorLines(check.errors);
};

describe('stories/safer-together.json', () => {
  it('checks out against the schema, the scenario files and the London zones', () => {
    const check = parseStory(shipped(), ctx());
    expect(check.ok ? [] : storyErrorLines(check.errors)).toEqual([]);
  });

  it('walks through at least six views, every caption within 280 characters, fixed against follow-the-commute at Monday 12:00', () => {
    const check = parseStory(shipped(), ctx());
    if (!check.ok) throw new Error('does not check out');
    const { views } = check.story;
    expect(views.length).toBeGreaterThanOrEqual(6);
    for (const v of views) expect(v.caption.length).toBeLessThanOrEqual(280);
    expect(views[0].caption).toMatch(/Wandsworth loses about 60,000 .*Tower Hamlets gains about 115,000/);
    expect(views.some((v) => v.scenario === 'fixed-borough.json' && v.comparison === 'follow-the-commute.json' && v.day === 'Mon' && v.time === '12:00')).toBe(true);
    expect(views.some((v) => v.comparison === 'follow-the-commute-smoothed.json')).toBe(true);
    expect(views.some((v) => v.measure === 'difference')).toBe(true);
  });
});

describe('checkStory', () => {
  it('names the field path of every problem the schema finds', () => {
    expect(errors(oneView({ caption: 'x'.repeat(281) }))).toEqual(['views[0].caption: must be at most 280 characters']);
    expect(errors(oneView({ time: '12:10' }))).toEqual(['views[0].time: "12:10" is not in the expected form HH:MM on a quarter hour']);
    expect(errors(oneView({ measure: 'vibes' }))[0]).toMatch(/^views\[0\]\.measure: "vibes" is not one of /);
    expect(errors(oneView({ camera: { center: [0, 51], zoom: 30 } }))).toEqual(['views[0].camera.zoom: 30 is above the maximum 22']);
    expect(errors(oneView({ colour: 'red' }))).toEqual(['views[0].colour: unknown field']);
    expect(errors({ views: [] })).toEqual(['title: is required', 'views: needs at least 1 item(s), found 0']);
    expect(errors([])).toEqual(['(story): expected an object, found a list']);
  });

  it('refuses a scenario file that does not exist, in plain words, naming the files there are', () => {
    const [line] = errors(oneView({ comparison: 'carnival-2027.json' }));
    expect(line).toMatch(/^views\[0\]\.comparison: there is no scenario file "carnival-2027\.json" in scenarios\/\. The scenarios there are: .*fixed-borough\.json/);
    expect(errors(oneView({ scenario: 'fixed-boro.json' }))[0]).toContain('(did you mean "fixed-borough.json"?)');
  });

  it('checks a whole scenario given in place of a file name, with its own field paths under the view', () => {
    const scenario = JSON.parse(readFileSync('scenarios/follow-the-commute.json', 'utf8'));
    expect(errors(oneView({ scenario }))).toEqual([]);
    expect(errors(oneView({ scenario: { ...scenario, supply: { headcount: -1 } } }))).toEqual(['views[0].scenario.supply.headcount: -1 is below the minimum 0']);
  });

  it('asks a difference for a comparison, and knows the zones of the dataset on screen', () => {
    expect(errors(oneView({ measure: 'difference', difference: 'officers' }))).toEqual([
      'views[0].measure: "difference" needs a comparison: give the view a "comparison" scenario',
    ]);
    expect(errors(oneView({ difference: 'officers' }))).toEqual(['views[0].difference: is used only with measure "difference"']);
    expect(errors(oneView({ selectedZone: 'E09000099' }))).toEqual(['views[0].selectedZone: there is no zone "E09000099" in the dataset on screen']);
    expect(errors(oneView({ selectedZone: 'E09000033' }))).toEqual([]);
  });

  it('names the line and column of a syntax error', () => {
    const check = parseStory('{\n  "title": "T",\n  "views": [,]\n}', ctx());
    expect(check.ok ? [] : storyErrorLines(check.errors, 'mine.json')).toEqual(['mine.json: (file): not valid JSON at line 3, column 13 (found ",]")']);
  });

  it('round-trips a story through its file: saved, read back, the same story', () => {
    const check = parseStory(shipped(), ctx());
    if (!check.ok) throw new Error('does not check out');
    const story: Story = { ...check.story, title: 'Plan für "Westminster"', views: check.story.views.map((v, i) => (i === 0 ? { ...v, camera: { center: [-0.1, 51.5], zoom: 10.5, bearing: 0, pitch: 0 } } : v)) };
    const again = parseStory(storyFileText(story), ctx());
    expect(again.ok && again.story).toEqual({ ...story, $schema: './story.schema.json' });
    expect(storyFileName(story)).toBe('plan-f-r-westminster.json');
  });

  it('fills a camera without bearing or pitch with level, north-up values', () => {
    const check = checkStory(oneView({ camera: { center: [-0.12, 51.5], zoom: 11 } }), ctx());
    expect(check.ok && check.story.views[0].camera).toEqual({ center: [-0.12, 51.5], zoom: 11, bearing: 0, pitch: 0 });
  });
});
