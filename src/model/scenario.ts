import schemaJson from '../../scenarios/scenario.schema.json';
import { validateJson, type JsonSchema, type SchemaError } from './jsonSchema.ts';
import { jsonSyntaxError } from './jsonSyntaxError.ts';
import { parseOpeningHours } from './frontCounterHours.ts';
import type { Day } from './time.ts';

/** A scenario as stored in scenarios/*.json (see scenarios/scenario.schema.json). */
export type Method = 'fixed' | 'follow-demand' | 'smoothed';

export interface Shift {
  name: string;
  start: string;
  hours: number;
  share: number;
  days?: number[];
}

export interface Bounds {
  officers?: number;
  perThousandResidents?: number;
  zones?: Record<string, number>;
}

export interface ScenarioEvent {
  name: string;
  zone?: string;
  point?: [number, number];
  day: Day;
  start: string;
  end: string;
  officers: number;
}

export interface Scenario {
  $schema?: string;
  name: string;
  description?: string;
  dataset?: string;
  force?: string;
  method: Method;
  baseline?: { shares?: 'residents' | 'establishment'; establishment?: Record<string, number> };
  supply: { headcount: number; availability?: number; hoursPerWeek?: number };
  shifts: Shift[];
  weights?: { present?: number; footfall?: number; risk?: number };
  riskYear?: number;
  floors?: Bounds;
  caps?: Bounds;
  smoothing?: { maxChangePerSlot?: number; mutualAid?: boolean };
  events?: ScenarioEvent[];
  /** Events staffed by a central reserve rather than by abstracting borough officers (docs/model.md). */
  centralReserve?: { officerHours?: number };
  frontCounters?: FrontCounterSetting[];
  service?: {
    incidentsPerYear?: number;
    serviceMinutes?: number;
    responseShare?: number;
    unitSize?: number;
    targetMinutes?: number;
    /** Settings of the response simulation (src/model/response/); every one optional. */
    grades?: { immediate?: GradeSetting; significant?: GradeSetting };
    callProfile?: { hours?: number[]; days?: number[]; weekendNightScale?: number };
    spreadBy?: 'demand' | 'risk';
    responseUnitShare?: number;
    travel?: {
      mode?: TravelMode;
      metric?: TravelMetric;
      turnoutMinutes?: number;
      speedKmhInner?: number;
      speedKmhOuter?: number;
      innerZones?: string[];
      innerDensity?: number;
    };
    onScene?: { distribution?: OnSceneDistribution; cv?: number };
    crossBoundary?: boolean;
    replications?: number;
    seed?: number;
    warmupHours?: number;
  };
}

/** A police front counter to assess (src/model/frontCounterFigures.ts). */
export interface FrontCounterSetting {
  name: string;
  zone: string;
  /** "Mon-Fri 09:00-17:00; Sat 10:00-14:00" (frontCounterHours.ts). */
  opening: string;
  minWindowMinutes?: number;
  bestFor?: 'residents' | 'present';
}

/** One call grade's weekly volume, attendance target and mean on-scene time. */
export interface GradeSetting {
  callsPerWeek?: number;
  targetMinutes?: number;
  onSceneMinutes?: number;
}

/** Travel as a random draw whose mean follows the square-root law, as that mean, or none at all. */
export type TravelMode = 'random' | 'mean' | 'off';
/** Right-angle (street grid) or straight-line distance. */
export type TravelMetric = 'manhattan' | 'euclidean';
export type OnSceneDistribution = 'lognormal' | 'exponential';

export const scenarioSchema = schemaJson as unknown as JsonSchema;

/** Defaults for everything optional, with the reasoning in docs/model.md. */
export const DEFAULTS = {
  force: 'all',
  availability: 1849 / 2087,
  hoursPerWeek: 40,
  weights: { present: 1, footfall: 0, risk: 0 },
  maxChangePerSlot: Infinity,
  serviceMinutes: 60,
  // Calibrated, not sourced: the value at which fixed-borough on the London default reproduces the
  // Met's 86.9% of I-grade calls within 15 minutes in 2018 (86.85%; 0.063 before the 2019 TfL day-type
  // data, which moved it to 87.75%). See docs/model.md.
  responseShare: 0.062,
  unitSize: 2,
  targetMinutes: 15,
  frontCounter: {
    // Assumption: a counter worth staffing opens for at least half an 8-hour shift at a time.
    minWindowMinutes: 240,
    // Assumption (issue 12): the hours residents are awake, 07:00 to 23:00.
    wakingStart: '07:00',
    wakingEnd: '23:00',
    bestFor: 'residents',
  },
  response: {
    // Sourced: the Met graded 482,255 calls "I" in 2014 (MetCC figures, Evening Standard, January 2015),
    // 482,255 x 7 / 365 a week.
    immediatePerWeek: 9249,
    // Assumption: S is the grade most calls needing a police response get (London Assembly, 2018);
    // no published count was found, so 1.5 times the I-grade volume.
    significantPerWeek: 13873,
    significantTargetMinutes: 60,
    /**
     * Assumption: relative calls by hour of day, lowest at 05:00 and highest from 18:00 to 22:00, the shape
     * a UK force's graded deployments by hour show (docs/model.md); every day alike apart from weekend nights.
     */
    hours: [3.6, 3.0, 2.5, 2.0, 1.6, 1.4, 1.6, 2.2, 3.0, 3.6, 4.0, 4.3, 4.5, 4.6, 4.7, 5.0, 5.3, 5.6, 5.9, 6.0, 6.0, 5.8, 5.3, 4.5],
    days: [1, 1, 1, 1, 1, 1, 1],
    /** The same source: from midnight to 04:00 on Saturday and Sunday mornings about twice the calls. */
    weekendNightScale: 2,
    spreadBy: 'demand',
    // Calibrated, not sourced: the one value at which fixed-borough on the London default reproduces the
    // Met's 86.9% of I-grade calls attended within 15 minutes (12 months to September 2018) in the
    // simulation. See docs/model.md.
    responseUnitShare: 0.09141,
    travelMode: 'random',
    metric: 'manhattan',
    turnoutMinutes: 2,
    speedKmhInner: 24,
    speedKmhOuter: 32,
    // Sourced: ONS Inner London (the GLA borough profiles' Inner/Outer London column, data/zones.csv).
    innerZones: [
      'E09000001', 'E09000007', 'E09000012', 'E09000013', 'E09000014', 'E09000019', 'E09000020',
      'E09000022', 'E09000023', 'E09000025', 'E09000028', 'E09000030', 'E09000032', 'E09000033',
    ],
    innerDensity: 7500,
    onScene: 'lognormal',
    onSceneCv: 1,
    crossBoundary: false,
    replications: 40,
    seed: 1,
    warmupHours: 12,
  },
} as const;

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; errors: SchemaError[] };

/** Checks a parsed JSON value against the schema and the rules a schema cannot state. */
export function checkScenario(value: unknown): ScenarioCheck {
  const errors = validateJson(value, scenarioSchema);
  if (errors.length > 0) return { ok: false, errors };
  const s = value as Scenario;
  const shareSum = s.shifts.reduce((a, sh) => a + sh.share, 0);
  if (Math.abs(shareSum - 1) > 1e-6) {
    errors.push({ path: 'shifts', message: `shift shares add up to ${round(shareSum)}, not 1` });
  }
  s.shifts.forEach((sh, i) => {
    if (sh.days && sh.days.every((d) => d === 0)) errors.push({ path: `shifts[${i}].days`, message: 'every day has weight 0' });
  });
  (s.events ?? []).forEach((e, i) => {
    if ((e.zone === undefined) === (e.point === undefined)) {
      errors.push({ path: `events[${i}]`, message: 'needs exactly one of "zone" or "point"' });
    }
    if (e.start === e.end) errors.push({ path: `events[${i}].end`, message: 'ends when it starts' });
  });
  (s.frontCounters ?? []).forEach((fc, i) => {
    const opening = parseOpeningHours(fc.opening);
    if (!opening.ok) errors.push({ path: `frontCounters[${i}].opening`, message: opening.message });
  });
  const weights = { ...DEFAULTS.weights, ...s.weights };
  if (weights.present + weights.footfall + weights.risk <= 0) {
    errors.push({ path: 'weights', message: 'every demand weight is 0: give people present, footfall or crime a weight above 0' });
  }
  const profile = s.service?.callProfile;
  if (profile?.hours && profile.hours.every((h) => h === 0)) errors.push({ path: 'service.callProfile.hours', message: 'every hour has weight 0' });
  if (profile?.days && profile.days.every((d) => d === 0)) errors.push({ path: 'service.callProfile.days', message: 'every day has weight 0' });
  if (s.baseline?.shares === 'establishment' && !s.baseline.establishment) {
    errors.push({ path: 'baseline.establishment', message: 'is required when shares is "establishment"' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: s };
}

/** Parses scenario JSON text; syntax errors name the line and column. */
export function parseScenario(text: string): ScenarioCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const at = jsonSyntaxError(text);
    const where = at ? ` at line ${at.line}, column ${at.column} (found ${at.found})` : '';
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON${where}` }] };
  }
  return checkScenario(value);
}

function round(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}
