import { closestName } from '../closestName.ts';
import type { JsonSchema } from '../jsonSchema.ts';
import { scenarioSchema } from '../scenario.ts';

/** A field name, or a list index. */
export type PathSegment = string | number;

/** A scenario field by its JSON path ("supply.headcount", "events[0].officers"), checked against the schema. */
export interface ScenarioPath {
  text: string;
  segments: PathSegment[];
  /** The schema of the field the path names: its type and bounds. */
  schema: JsonSchema;
}

export type PathCheck = { ok: true; path: ScenarioPath } | { ok: false; message: string };

function resolve(s: JsonSchema, root: JsonSchema): JsonSchema {
  if (!s.$ref) return s;
  const target = root.$defs?.[s.$ref.replace('#/$defs/', '')];
  if (!target) throw new Error(`schema refers to unknown definition ${s.$ref}`);
  return target;
}

function prefixText(segments: readonly PathSegment[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || 'the scenario';
}

/** Splits "a.b[2].c" into ["a", "b", 2, "c"]; null when malformed. */
function splitPath(text: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/gy;
  let expectName = true;
  let at = 0;
  while (at < text.length) {
    if (!expectName && text[at] === '.') {
      at++;
      expectName = true;
      continue;
    }
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return null;
    if (m[1] !== undefined) {
      if (!expectName) return null;
      segments.push(m[1]);
    } else {
      if (expectName) return null;
      segments.push(Number(m[2]));
    }
    expectName = false;
    at = re.lastIndex;
  }
  return segments.length > 0 && typeof segments[0] === 'string' && !expectName ? segments : null;
}

/**
 * Reads a scenario field path and checks it against the schema: every name a field of its object (or
 * a key of a map such as floors.zones), every [i] on a list. An unknown name is reported with the
 * closest field. Index bounds are checked when the path is applied to a scenario (setScenarioPath).
 */
export function parseScenarioPath(text: string, root: JsonSchema = scenarioSchema): PathCheck {
  const segments = splitPath(text.trim());
  if (!segments) return { ok: false, message: `"${text}" is not a field path such as supply.headcount or events[0].officers` };
  let schema = resolve(root, root);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const where = prefixText(segments.slice(0, i));
    if (typeof seg === 'number') {
      if (schema.type !== 'array' || !schema.items) return { ok: false, message: `unknown path: ${where} is not a list` };
      schema = resolve(schema.items, root);
      continue;
    }
    if (schema.type !== 'object') return { ok: false, message: `unknown path: ${where} has no fields` };
    const field = schema.properties?.[seg];
    if (field) schema = resolve(field, root);
    else if (typeof schema.additionalProperties === 'object') schema = resolve(schema.additionalProperties, root);
    else {
      const guess = closestName(seg, Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema'));
      return { ok: false, message: `unknown path: "${seg}" is not a field of ${where}${guess ? ` (did you mean "${guess}"?)` : ''}` };
    }
  }
  return { ok: true, path: { text: text.trim(), segments, schema } };
}

export type SetResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A deep copy of `scenario` with the field at `path` set to `value`. Missing objects on the way are
 * created; a list index must already exist (a new list item would lack its required fields).
 */
export function setScenarioPath<T>(scenario: T, path: ScenarioPath, value: unknown): SetResult<T> {
  const copy = structuredClone(scenario) as unknown;
  let node = copy as Record<string | number, unknown>;
  const { segments } = path;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i];
    let next = node[seg];
    if (typeof segments[i + 1] === 'number') {
      const list = Array.isArray(next) ? next : [];
      const index = segments[i + 1] as number;
      if (index >= list.length) {
        return { ok: false, message: `${prefixText(segments.slice(0, i + 1))} has ${list.length} item(s) in the scenario, so there is no [${index}]` };
      }
    }
    if (typeof next !== 'object' || next === null) {
      next = {};
      node[seg] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  node[segments[segments.length - 1]] = value;
  return { ok: true, value: copy as T };
}

/** The value at `path` in `scenario`, or undefined where the scenario does not set it. */
export function getScenarioPath(scenario: unknown, path: ScenarioPath): unknown {
  let node = scenario;
  for (const seg of path.segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}
