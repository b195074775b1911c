/** Flags of a recorded call. */
export const CROSSED = 1;
export const UNATTENDED = 2;

const HEADER = 4;

/**
 * One replication's week: a record per call that arrived in the week, in arrival order, and a few
 * totals. Every array is a view into `buffer`, so posting `{ ...result }` with `[result.buffer]`
 * transferred moves it between threads without a copy; `replicationFromBuffer` rebuilds the views.
 */
export interface ReplicationResult {
  k: number;
  calls: number;
  /** Arrivals and unit completions processed, warm-up included. */
  events: number;
  grades: number;
  buffer: ArrayBuffer;
  /** Per grade: call-minutes spent waiting during the week (Little's law: divide by the week's minutes). */
  queueMinutes: Float64Array;
  /** Minutes from the call to a unit being sent (for an unattended call: to the week's end). */
  wait: Float32Array;
  /** Minutes from a unit being sent to its arrival: turnout plus driving (NaN when unattended). */
  travel: Float32Array;
  zone: Int32Array;
  /** The week slot the call arrived in. */
  slot: Uint16Array;
  grade: Uint8Array;
  /** CROSSED: answered by a unit of another zone (of its command unit, or adjacent with crossBoundary); UNATTENDED: still waiting at the week's end. */
  flags: Uint8Array;
}

function layout(calls: number, grades: number) {
  const header = 8 * (HEADER + grades);
  const wait = header;
  const travel = wait + 4 * calls;
  const zone = travel + 4 * calls;
  const slot = zone + 4 * calls;
  const grade = slot + 2 * calls;
  const flags = grade + calls;
  return { header, wait, travel, zone, slot, grade, flags, bytes: flags + calls };
}

function views(buffer: ArrayBuffer, calls: number, grades: number): ReplicationResult {
  const at = layout(calls, grades);
  const head = new Float64Array(buffer, 0, HEADER + grades);
  return {
    k: head[0], calls, events: head[2], grades, buffer,
    queueMinutes: head.subarray(HEADER),
    wait: new Float32Array(buffer, at.wait, calls),
    travel: new Float32Array(buffer, at.travel, calls),
    zone: new Int32Array(buffer, at.zone, calls),
    slot: new Uint16Array(buffer, at.slot, calls),
    grade: new Uint8Array(buffer, at.grade, calls),
    flags: new Uint8Array(buffer, at.flags, calls),
  };
}

/** A result with room for `calls` records (filled by the caller). */
export function allocateReplication(k: number, calls: number, grades: number, events: number): ReplicationResult {
  const buffer = new ArrayBuffer(layout(calls, grades).bytes);
  const head = new Float64Array(buffer, 0, HEADER + grades);
  head[0] = k;
  head[1] = calls;
  head[2] = events;
  head[3] = grades;
  return views(buffer, calls, grades);
}

/** The result stored in `buffer` (for instance after it crossed a worker boundary). */
export function replicationFromBuffer(buffer: ArrayBuffer): ReplicationResult {
  const head = new Float64Array(buffer, 0, HEADER);
  return views(buffer, head[1], head[3]);
}
