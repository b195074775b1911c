import type { Dataset } from '../model/dataset.ts';

/** What the main thread needs to know about a loaded dataset: no geometry, no flows. */
export interface DatasetSummary {
  name: string;
  description: string;
  zones: { ids: string[]; names: string[]; forces: string[] };
  /** Usual residents per zone, in zone order. */
  residents: number[];
  /** The distinct police forces, in order of first appearance. */
  forces: string[];
  riskYears: number[];
  counts: { zones: number; stations: number; stationsWithProfiles: number; flows: number; externalAreas: number };
  /** The loader's warnings, formatted ('stations.csv line 4: ...'). */
  warnings: string[];
}

export function datasetSummary(data: Dataset, warnings: string[]): DatasetSummary {
  const { zones, stations } = data;
  return {
    name: data.name,
    description: data.description,
    zones: { ids: [...zones.ids], names: [...zones.names], forces: [...zones.forces] },
    residents: Array.from(data.residents),
    forces: [...new Set(zones.forces)],
    riskYears: data.risk ? [...data.risk.years] : [],
    counts: {
      zones: zones.count,
      stations: stations.count,
      stationsWithProfiles: stations.hasProfile.reduce((a, b) => a + b, 0),
      flows: data.flows.count.length,
      externalAreas: data.external.ids.length,
    },
    warnings,
  };
}
