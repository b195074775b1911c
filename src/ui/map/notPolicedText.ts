/** "the Met" for the Metropolitan Police Service; other forces by name. */
export function forceShortName(force: string): string {
  return force === 'Metropolitan Police Service' ? 'Met' : force;
}

/** Why a zone has no officers in a scenario: "Policed by the City of London Police; it gets no Met officers." */
export function notPolicedText(zoneForce: string, scenarioForce: string): string {
  const by = zoneForce ? `Policed by the ${zoneForce.replace(/^the /i, '')}` : 'Not policed by this force';
  return `${by}; it gets no ${forceShortName(scenarioForce)} officers.`;
}
