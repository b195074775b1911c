import type { TravelMetric } from '../scenario.ts';

/**
 * The square-root law's constant: the mean distance from a random point to the nearest of k units spread
 * as a Poisson field over area A is c * sqrt(A / k), with c = 0.5 for straight-line distance and
 * 0.5 * sqrt(pi / 2) = 0.6267 for right-angle (Manhattan) distance (Larson and Odoni, Urban Operations
 * Research, ch. 5; Kolesar and Blum 1973).
 */
export function lawConstant(metric: TravelMetric): number {
  return metric === 'euclidean' ? 0.5 : 0.5 * Math.sqrt(Math.PI / 2);
}

/**
 * Mean right-angle over straight-line distance for a direction uniform on the circle, 4 / pi: turns a
 * distance between two label points into a street-grid distance.
 */
export function metricFactor(metric: TravelMetric): number {
  return metric === 'euclidean' ? 1 : 4 / Math.PI;
}

/** Expected distance to the nearest of `free` units spread over `areaKm2`: c * sqrt(area / free). */
export function squareRootLaw(c: number, areaKm2: number, free: number): number {
  return c * Math.sqrt(areaKm2 / free);
}

/** 2 / sqrt(pi): the inverse of E[sqrt(E)] for E exponential with mean 1. */
export const RAYLEIGH_SCALE = 2 / Math.sqrt(Math.PI);

/**
 * A nearest-unit distance with the given mean, drawn from the Poisson-field law itself: in either metric
 * P(D > r) = exp(-rho * a * r^2) (a = pi for straight lines, 2 for right angles), a Rayleigh distribution,
 * so D = mean * (2 / sqrt(pi)) * sqrt(E) with E exponential of mean 1 (here -ln u, u in (0, 1]).
 */
export function nearestUnitDistance(mean: number, u: number): number {
  return mean * RAYLEIGH_SCALE * Math.sqrt(-Math.log(u));
}

/** Great-circle distance in km between two points given in degrees (haversine, mean Earth radius). */
export function greatCircleKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
