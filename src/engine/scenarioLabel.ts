/** A scenario's name for messages, from a scenario object or its JSON text. */
export function scenarioLabel(scenario: unknown): string {
  let value = scenario;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return 'the scenario';
    }
  }
  const name = value && typeof value === 'object' ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : 'the scenario';
}
