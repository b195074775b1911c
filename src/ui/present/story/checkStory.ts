import schemaJson from '../../../../stories/story.schema.json';
import { checkScenario, closestName, jsonSyntaxError, validateJson, type JsonSchema, type SchemaError } from '../../../engine/index.ts';
import type { ScenarioRef, Story, StoryView } from './story.ts';
import type { StoryLibrary } from './storyLibrary.ts';

export const storySchema = schemaJson as unknown as JsonSchema;

export type StoryCheck = { ok: true; story: Story } | { ok: false; errors: SchemaError[] };

/** What a story is checked against besides its schema: the scenario files there are, and the dataset's zones. */
export interface StoryContext {
  library: StoryLibrary;
  /**
   * The zone ids of the dataset on screen; a view on the dataset's own zones has its selected zone checked
   * against them when given. MSOA and hexagon ids are not known until those zones load: an unknown one
   * selects nothing.
   */
  zoneIds?: readonly string[];
}

function checkRef(ref: unknown, path: string, library: StoryLibrary, errors: SchemaError[]): void {
  if (typeof ref === 'string') {
    if (library.scenario(ref) !== null) return;
    const guess = closestName(ref, library.fileNames());
    errors.push({
      path,
      message: `there is no scenario file "${ref}" in scenarios/${guess ? ` (did you mean "${guess}"?)` : ''}. ` +
        `The scenarios there are: ${library.fileNames().join(', ')}`,
    });
    return;
  }
  if (typeof ref !== 'object' || ref === null || Array.isArray(ref)) {
    errors.push({ path, message: 'expected a scenario file name such as "fixed-borough.json", or a whole scenario' });
    return;
  }
  const check = checkScenario(ref);
  if (!check.ok) for (const e of check.errors) errors.push({ path: e.path === '(scenario)' ? path : `${path}.${e.path}`, message: e.message });
}

function checkView(view: StoryView, i: number, ctx: StoryContext, errors: SchemaError[]): void {
  const at = `views[${i}]`;
  checkRef(view.scenario as ScenarioRef, `${at}.scenario`, ctx.library, errors);
  if (view.comparison !== undefined) checkRef(view.comparison, `${at}.comparison`, ctx.library, errors);
  if (view.measure === 'difference' && view.comparison === undefined) {
    errors.push({ path: `${at}.measure`, message: '"difference" needs a comparison: give the view a "comparison" scenario' });
  }
  if (view.difference !== undefined && view.measure !== 'difference') {
    errors.push({ path: `${at}.difference`, message: 'is used only with measure "difference"' });
  }
  if (view.selectedZone && view.zones === 'boroughs' && ctx.zoneIds && !ctx.zoneIds.includes(view.selectedZone)) {
    errors.push({ path: `${at}.selectedZone`, message: `there is no zone "${view.selectedZone}" in the dataset on screen` });
  }
  const center = view.camera?.center;
  if (center && (Math.abs(center[0]) > 180 || Math.abs(center[1]) > 90)) {
    errors.push({ path: `${at}.camera.center`, message: `[${center.join(', ')}] is not a [longitude, latitude] on Earth` });
  }
}

/**
 * Checks a parsed story against stories/story.schema.json and what a schema cannot say: every scenario
 * it names exists (or, given whole, checks out), a difference has a comparison, selected zones exist.
 * Errors name the field path, e.g. "views[2].scenario".
 */
export function checkStory(value: unknown, ctx: StoryContext): StoryCheck {
  const errors = validateJson(value, storySchema).map((e) => (e.path === '(scenario)' ? { ...e, path: '(story)' } : e));
  if (errors.length > 0) return { ok: false, errors };
  const story = value as Story;
  story.views.forEach((view, i) => checkView(view, i, ctx, errors));
  if (errors.length > 0) return { ok: false, errors };
  // A camera's bearing and pitch may be left out of a file: level and north up.
  const views = story.views.map((v) => (v.camera ? { ...v, camera: { ...v.camera, bearing: v.camera.bearing ?? 0, pitch: v.camera.pitch ?? 0 } } : v));
  return { ok: true, story: { ...story, views } };
}

/** Parses story JSON text; a syntax error names its line and column. */
export function parseStory(text: string, ctx: StoryContext): StoryCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const at = jsonSyntaxError(text);
    const where = at ? ` at line ${at.line}, column ${at.column} (found ${at.found})` : '';
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON${where}` }] };
  }
  return checkStory(value, ctx);
}

/** Problems as people read them, one a line: "views[2].caption: must be at most 280 characters". */
export function storyErrorLines(errors: readonly SchemaError[], fileName?: string): string[] {
  return errors.map((e) => `${fileName ? `${fileName}: ` : ''}${e.path}: ${e.message}`);
}
