/**
 * EBML (the container syntax of WebM, RFC 8794) reading and writing primitives: variable-length
 * integers for element ids and sizes, and elements built from their bodies.
 */

/** Element ids used by the WebM reader and writer. */
export const ID = {
  EBML: 0x1a45dfa3,
  Segment: 0x18538067,
  SeekHead: 0x114d9b74,
  Seek: 0x4dbb,
  SeekID: 0x53ab,
  SeekPosition: 0x53ac,
  Info: 0x1549a966,
  TimecodeScale: 0x2ad7b1,
  Duration: 0x4489,
  MuxingApp: 0x4d80,
  WritingApp: 0x5741,
  Tracks: 0x1654ae6b,
  Cluster: 0x1f43b675,
  Timecode: 0xe7,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
  ReferenceBlock: 0xfb,
  Cues: 0x1c53bb6b,
  CuePoint: 0xbb,
  CueTime: 0xb3,
  CueTrackPositions: 0xb7,
  CueTrack: 0xf7,
  CueClusterPosition: 0xf1,
} as const;

/** A variable-length integer at `at`: its value and length; `unknown` for the all-ones size (live streams). */
export interface Vint {
  value: number;
  length: number;
  unknown: boolean;
}

/**
 * Reads a vint. Ids keep their length marker (`keepMarker`), sizes do not. Null when the bytes end
 * before it does, or the first byte is not a valid vint.
 */
export function readVint(bytes: Uint8Array, at: number, keepMarker: boolean, end = bytes.length): Vint | null {
  if (at >= end) return null;
  const first = bytes[at];
  let length = 1;
  let mask = 0x80;
  while (length <= 8 && (first & mask) === 0) {
    length++;
    mask >>= 1;
  }
  if (length > 8 || at + length > end) return null;
  let value = keepMarker ? first : first & (mask - 1);
  let allOnes = (first & (mask - 1)) === mask - 1;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i];
    if (bytes[at + i] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

/** The bytes of an element id (its marker is part of the number). */
export function idBytes(id: number): Uint8Array {
  const out: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return Uint8Array.from(out);
}

/** A size as a vint of the fewest bytes (at least `minLength`). */
export function sizeBytes(size: number, minLength = 1): Uint8Array {
  let length = Math.max(1, minLength);
  while (size >= 2 ** (7 * length) - 1) length++;
  if (length > 8) throw new RangeError(`an EBML size of ${size} does not fit`);
  const out = new Uint8Array(length);
  let v = size;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  out[0] |= 0x80 >> (length - 1);
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An element: id, size, then its body (the concatenated parts). */
export function element(id: number, parts: readonly Uint8Array[]): Uint8Array {
  const body = concat(parts);
  return concat([idBytes(id), sizeBytes(body.length), body]);
}

/** An unsigned integer element of `width` bytes (the fewest when not given). */
export function uintElement(id: number, value: number, width?: number): Uint8Array {
  let n = width ?? 1;
  while (width === undefined && value >= 2 ** (8 * n)) n++;
  const body = new Uint8Array(n);
  let v = value;
  for (let i = n - 1; i >= 0; i--) {
    body[i] = v % 256;
    v = Math.floor(v / 256);
  }
  return element(id, [body]);
}

export function floatElement(id: number, value: number): Uint8Array {
  const body = new Uint8Array(8);
  new DataView(body.buffer).setFloat64(0, value);
  return element(id, [body]);
}

export function stringElement(id: number, value: string): Uint8Array {
  return element(id, [new TextEncoder().encode(value)]);
}
