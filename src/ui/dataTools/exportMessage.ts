import type { ExportResponse } from '../../engine/index.ts';

/** Plain words for an export the engine refused or could not finish; null when there is nothing to say. */
export function exportMessage(what: string, outcome: ExportResponse | Error): string | null {
  if (outcome instanceof Error) return `${what} could not be exported: ${outcome.message}`;
  if (outcome.ok || outcome.cancelled) return null;
  const problems = outcome.errors.map((e) => (e.path.startsWith('(') ? e.message : `${e.path}: ${e.message}`));
  return `${what} could not be exported because the scenario has ${problems.length === 1 ? 'a problem' : 'problems'}: ${problems.join('; ')}.`;
}
