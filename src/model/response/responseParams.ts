import { DEFAULTS, type OnSceneDistribution, type Scenario, type TravelMetric, type TravelMode } from '../scenario.ts';

/** One call grade as the simulation uses it. */
export interface GradeParams {
  name: string;
  callsPerWeek: number;
  targetMinutes: number;
  onSceneMinutes: number;
}

/** Grade indices: immediate calls are always queued before significant ones. */
export const IMMEDIATE = 0;
export const SIGNIFICANT = 1;
export const GRADE_NAMES = ['immediate', 'significant'] as const;

/** The response simulation's settings with every default filled in (docs/model.md says where each comes from). */
export interface ResponseParams {
  grades: GradeParams[];
  /** Relative calls by hour of day (24), by day (7, Monday first), and the weekend-night factor. */
  hours: number[];
  days: number[];
  weekendNightScale: number;
  spreadBy: 'demand' | 'risk';
  responseUnitShare: number;
  unitSize: number;
  travelMode: TravelMode;
  metric: TravelMetric;
  turnoutMinutes: number;
  speedKmhInner: number;
  speedKmhOuter: number;
  innerZones: string[];
  innerDensity: number;
  onScene: OnSceneDistribution;
  onSceneCv: number;
  crossBoundary: boolean;
  replications: number;
  seed: number;
  warmupHours: number;
}

/** Fills in the response simulation's defaults from a scenario's `service` block. */
export function responseParams(service: Scenario['service']): ResponseParams {
  const d = DEFAULTS.response;
  const sv = service ?? {};
  const onScene = sv.serviceMinutes ?? DEFAULTS.serviceMinutes;
  const im = sv.grades?.immediate ?? {};
  const sg = sv.grades?.significant ?? {};
  return {
    grades: [
      {
        name: 'immediate',
        callsPerWeek: im.callsPerWeek ?? d.immediatePerWeek,
        targetMinutes: im.targetMinutes ?? sv.targetMinutes ?? DEFAULTS.targetMinutes,
        onSceneMinutes: im.onSceneMinutes ?? onScene,
      },
      {
        name: 'significant',
        callsPerWeek: sg.callsPerWeek ?? d.significantPerWeek,
        targetMinutes: sg.targetMinutes ?? d.significantTargetMinutes,
        onSceneMinutes: sg.onSceneMinutes ?? onScene,
      },
    ],
    hours: [...(sv.callProfile?.hours ?? d.hours)],
    days: [...(sv.callProfile?.days ?? d.days)],
    weekendNightScale: sv.callProfile?.weekendNightScale ?? d.weekendNightScale,
    spreadBy: sv.spreadBy ?? d.spreadBy,
    responseUnitShare: sv.responseUnitShare ?? d.responseUnitShare,
    unitSize: sv.unitSize ?? DEFAULTS.unitSize,
    travelMode: sv.travel?.mode ?? d.travelMode,
    metric: sv.travel?.metric ?? d.metric,
    turnoutMinutes: sv.travel?.turnoutMinutes ?? d.turnoutMinutes,
    speedKmhInner: sv.travel?.speedKmhInner ?? d.speedKmhInner,
    speedKmhOuter: sv.travel?.speedKmhOuter ?? d.speedKmhOuter,
    innerZones: [...(sv.travel?.innerZones ?? d.innerZones)],
    innerDensity: sv.travel?.innerDensity ?? d.innerDensity,
    onScene: sv.onScene?.distribution ?? d.onScene,
    onSceneCv: sv.onScene?.cv ?? d.onSceneCv,
    crossBoundary: sv.crossBoundary ?? d.crossBoundary,
    replications: sv.replications ?? d.replications,
    seed: sv.seed ?? d.seed,
    warmupHours: sv.warmupHours ?? d.warmupHours,
  };
}
