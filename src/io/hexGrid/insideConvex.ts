import type { Position } from 'geojson';

/** Whether `p` lies inside or on the edge of a closed convex ring, wound either way. */
export function insideConvex(p: Position, ring: Position[]): boolean {
  let sign = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[i + 1];
    const s = Math.sign((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax));
    if (s === 0) continue;
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}
