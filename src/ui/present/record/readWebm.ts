import { ID, readVint } from './ebml.ts';

/** One coded video frame of a WebM file. */
export interface WebmFrame {
  /** Absolute time in the file's timecode units (milliseconds for MediaRecorder's files). */
  time: number;
  keyframe: boolean;
  track: number;
  /** The coded frame (VP8 / VP9 bitstream), a view into the file's bytes. */
  data: Uint8Array;
}

export interface WebmFile {
  /** The EBML header element, as it is. */
  header: Uint8Array;
  /** The Tracks element, as it is. */
  tracks: Uint8Array | null;
  /** Segment > Info > Duration, when the file has one. */
  duration: number | null;
  timecodeScale: number;
  frames: WebmFrame[];
  /** Whether the bytes ended inside an element (a file still being written). */
  truncated: boolean;
}

// Elements whose children are read; every other element's body is skipped.
const CONTAINERS = new Set<number>([ID.Segment, ID.Info, ID.Cluster, ID.BlockGroup]);
// Segment-level elements: one of these ends a Cluster of unknown size (as written by live recorders).
const SEGMENT_LEVEL = new Set<number>([ID.Cluster, ID.Cues, ID.Tracks, ID.Info, ID.SeekHead, 0x1254c367, 0x1941a469, 0x1043a770]);

function uint(bytes: Uint8Array, at: number, length: number): number {
  let v = 0;
  for (let i = 0; i < length; i++) v = v * 256 + bytes[at + i];
  return v;
}

/**
 * Reads the frames of a WebM file (SimpleBlocks, and Blocks in BlockGroups) with their times, and the
 * header, tracks and duration needed to write it again. Sizes may be unknown (a live recording's
 * Segment and Clusters). Bytes that end mid-element (a recording still going) stop the reading there,
 * with `truncated` set, so the frames counted so far are the complete ones.
 */
export function readWebm(bytes: Uint8Array, length = bytes.length): WebmFile {
  const file: WebmFile = { header: new Uint8Array(0), tracks: null, duration: null, timecodeScale: 1_000_000, frames: [], truncated: false };
  let clusterTime = 0;

  const block = (at: number, end: number, simple: boolean, referenced: boolean) => {
    const track = readVint(bytes, at, false, end);
    if (!track || at + track.length + 3 > end) return;
    const p = at + track.length;
    const relative = ((bytes[p] << 8) | bytes[p + 1]) << 16 >> 16;
    const flags = bytes[p + 2];
    file.frames.push({
      time: clusterTime + relative, track: track.value, data: bytes.subarray(p + 3, end),
      keyframe: simple ? (flags & 0x80) !== 0 : !referenced,
    });
  };

  /** Reads the elements from `at` to `end`; returns where it stopped (an unknown-size parent's end). */
  const read = (at: number, end: number, parent: number): number => {
    let p = at;
    while (p < end) {
      const id = readVint(bytes, p, true, end);
      const size = id && readVint(bytes, p + id.length, false, end);
      if (!id || !size) {
        file.truncated = true;
        return end;
      }
      if (parent === ID.Cluster && SEGMENT_LEVEL.has(id.value)) return p;
      const body = p + id.length + size.length;
      const stop = size.unknown ? end : body + size.value;
      if (stop > end) {
        file.truncated = true;
        if (id.value !== ID.Segment && id.value !== ID.Cluster) return end;
      }
      const bodyEnd = Math.min(stop, end);
      switch (id.value) {
        case ID.EBML:
          file.header = bytes.slice(p, bodyEnd);
          break;
        case ID.Tracks:
          file.tracks = bytes.slice(p, bodyEnd);
          break;
        case ID.TimecodeScale:
          file.timecodeScale = uint(bytes, body, size.value);
          break;
        case ID.Duration:
          file.duration = size.value === 4 ? new DataView(bytes.buffer, bytes.byteOffset + body, 4).getFloat32(0) : new DataView(bytes.buffer, bytes.byteOffset + body, 8).getFloat64(0);
          break;
        case ID.Timecode:
          if (parent === ID.Cluster) clusterTime = uint(bytes, body, size.value);
          break;
        case ID.SimpleBlock:
          block(body, bodyEnd, true, false);
          break;
        case ID.BlockGroup: {
          // A Block is a keyframe when its group has no ReferenceBlock.
          let referenced = false;
          let blockAt = -1;
          let blockEnd = -1;
          for (let q = body; q < bodyEnd;) {
            const cid = readVint(bytes, q, true, bodyEnd);
            const csize = cid && readVint(bytes, q + cid.length, false, bodyEnd);
            if (!cid || !csize) break;
            const cbody = q + cid.length + csize.length;
            if (cid.value === ID.ReferenceBlock) referenced = true;
            if (cid.value === ID.Block) {
              blockAt = cbody;
              blockEnd = cbody + csize.value;
            }
            q = cbody + csize.value;
          }
          if (blockAt >= 0 && blockEnd <= bodyEnd) block(blockAt, blockEnd, false, referenced);
          break;
        }
        default:
          if (CONTAINERS.has(id.value)) {
            const next = read(body, bodyEnd, id.value);
            if (size.unknown) {
              p = next;
              continue;
            }
          }
      }
      p = stop;
    }
    return p;
  };

  read(0, length, 0);
  return file;
}
