import type { SchemaError } from '../model/index.ts';

/**
 * 'scenarios/x.json: supply.headcont: unknown field (did you mean "headcount"?)'. Placeholder paths
 * such as "(file)" and "(scenario)" name the whole file, so they are left out.
 */
export function formatScenarioError(file: string, error: SchemaError): string {
  const path = error.path.startsWith('(') ? '' : `${error.path}: `;
  return `${file}: ${path}${error.message}`;
}
