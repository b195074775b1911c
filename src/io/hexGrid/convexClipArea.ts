import type { Position } from 'geojson';
import { polygonsOf, type ZonePolygon } from '../readZoneGeometry.ts';

const KM_PER_DEGREE = 111.32;

/** Sutherland-Hodgman: a ring clipped to the convex ring `clip` (both closed); exact for a convex clip region. */
function clipRing(ring: readonly Position[], clip: readonly Position[], ccw: boolean): Position[] {
  let out: Position[] = ring.slice(0, -1);
  for (let i = 0; i + 1 < clip.length && out.length > 0; i++) {
    const [a, b] = [clip[i], clip[i + 1]];
    const side = (p: Position) => ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) * (ccw ? 1 : -1);
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j];
      const q = input[(j + 1) % input.length];
      const sp = side(p);
      const sq = side(q);
      if (sp >= 0) out.push(p);
      if ((sp >= 0) !== (sq >= 0)) {
        const t = sp / (sp - sq);
        out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    }
  }
  return out;
}

/** Shoelace area of an open ring in degrees², absolute. */
function ringArea(r: readonly Position[]): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const p = r[i];
    const q = r[(i + 1) % r.length];
    s += p[0] * q[1] - q[0] * p[1];
  }
  return Math.abs(s) / 2;
}

/**
 * Area in km² of `g` inside the convex ring `clip` (or of all of `g` when clip is null), on a local
 * equirectangular projection at latitude `lat0`: outer rings count, holes subtract. Used to share small
 * areas among hexagons, where only shares of one area's total matter and both are measured alike.
 */
export function convexClipArea(g: ZonePolygon, clip: readonly Position[] | null, lat0: number): number {
  const scale = KM_PER_DEGREE * KM_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  let ccw = true;
  if (clip) {
    let s = 0;
    for (let i = 0; i + 1 < clip.length; i++) s += clip[i][0] * clip[i + 1][1] - clip[i + 1][0] * clip[i][1];
    ccw = s > 0;
  }
  let total = 0;
  for (const rings of polygonsOf(g)) {
    rings.forEach((ring, i) => {
      const part = clip ? clipRing(ring, clip, ccw) : ring.slice(0, -1);
      const a = part.length >= 3 ? ringArea(part) : 0;
      total += i === 0 ? a : -a;
    });
  }
  return Math.max(0, total) * scale;
}
