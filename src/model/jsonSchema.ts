import { closestName } from './closestName.ts';

/**
 * A small interpreter for the JSON Schema subset the scenario schema uses, so the schema file in
 * scenarios/ is the single source of truth for what a scenario may contain. Errors name the field path.
 */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface SchemaError {
  path: string;
  message: string;
}

export function validateJson(value: unknown, schema: JsonSchema, maxErrors = 50): SchemaError[] {
  const errors: SchemaError[] = [];
  const defs = schema.$defs ?? {};
  const push = (path: string, message: string) => {
    if (errors.length < maxErrors) errors.push({ path: path || '(scenario)', message });
  };

  const visit = (v: unknown, s: JsonSchema, path: string): void => {
    if (s.$ref) {
      const name = s.$ref.replace('#/$defs/', '');
      const target = defs[name];
      if (!target) throw new Error(`schema refers to unknown definition ${s.$ref}`);
      visit(v, target, path);
      return;
    }
    if (s.enum && !s.enum.some((e) => e === v)) {
      push(path, `${describe(v)} is not one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`);
      return;
    }
    switch (s.type) {
      case 'object':
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return push(path, `expected an object, found ${describe(v)}`);
        return visitObject(v as Record<string, unknown>, s, path);
      case 'array':
        if (!Array.isArray(v)) return push(path, `expected a list, found ${describe(v)}`);
        if (s.minItems !== undefined && v.length < s.minItems) push(path, `needs at least ${s.minItems} item(s), found ${v.length}`);
        if (s.maxItems !== undefined && v.length > s.maxItems) push(path, `allows at most ${s.maxItems} item(s), found ${v.length}`);
        if (s.items) v.forEach((item, i) => visit(item, s.items!, `${path}[${i}]`));
        return;
      case 'string':
        if (typeof v !== 'string') return push(path, `expected text, found ${describe(v)}`);
        if (s.minLength !== undefined && v.length < s.minLength) push(path, s.minLength === 1 ? 'must not be empty' : `must be at least ${s.minLength} characters`);
        if (s.maxLength !== undefined && v.length > s.maxLength) push(path, `must be at most ${s.maxLength} characters`);
        if (s.pattern && !new RegExp(s.pattern).test(v)) push(path, `${describe(v)} is not in the expected form${patternHint(s.pattern)}`);
        return;
      case 'number':
      case 'integer':
        if (typeof v !== 'number' || !Number.isFinite(v)) return push(path, `expected a number, found ${describe(v)}`);
        if (s.type === 'integer' && !Number.isInteger(v)) return push(path, `${v} is not a whole number`);
        if (s.minimum !== undefined && v < s.minimum) push(path, `${v} is below the minimum ${s.minimum}`);
        if (s.exclusiveMinimum !== undefined && v <= s.exclusiveMinimum) push(path, `${v} must be greater than ${s.exclusiveMinimum}`);
        if (s.maximum !== undefined && v > s.maximum) push(path, `${v} is above the maximum ${s.maximum}`);
        if (s.multipleOf !== undefined && Math.abs(v / s.multipleOf - Math.round(v / s.multipleOf)) > 1e-9) {
          push(path, `${v} is not a multiple of ${s.multipleOf}`);
        }
        return;
      case 'boolean':
        if (typeof v !== 'boolean') push(path, `expected true or false, found ${describe(v)}`);
        return;
      default:
        return;
    }
  };

  const visitObject = (obj: Record<string, unknown>, s: JsonSchema, path: string) => {
    const props = s.properties ?? {};
    for (const key of s.required ?? []) {
      if (!(key in obj)) push(join(path, key), 'is required');
    }
    for (const [key, child] of Object.entries(obj)) {
      const sub = props[key];
      if (sub) visit(child, sub, join(path, key));
      else if (s.additionalProperties === false) {
        const guess = closestName(key, Object.keys(props));
        push(join(path, key), `unknown field${guess ? ` (did you mean "${guess}"?)` : ''}`);
      } else if (typeof s.additionalProperties === 'object') visit(child, s.additionalProperties, join(path, key));
    }
  };

  visit(value, schema, '');
  return errors;
}

function join(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  const text = JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function patternHint(pattern: string): string {
  return pattern.includes(':(00|15|30|45)') ? ' HH:MM on a quarter hour' : '';
}
