import { concat, element, floatElement, ID, idBytes, stringElement, uintElement } from './ebml.ts';
import type { WebmFile } from './readWebm.ts';

/** A new cluster starts at every keyframe, and before a block's time would pass a 16-bit offset. */
const CLUSTER_SPAN_MS = 30_000;
const SEEK_POSITION_BYTES = 8;

function simpleBlock(track: number, relative: number, keyframe: boolean, data: Uint8Array): Uint8Array {
  const head = new Uint8Array(4);
  head[0] = 0x80 | track; // track numbers below 128 take one byte
  new DataView(head.buffer).setInt16(1, relative);
  head[3] = keyframe ? 0x80 : 0;
  return element(ID.SimpleBlock, [head, data]);
}

/**
 * The frames of a recorded file written again at an even pace: frame k at k * `frameMs` milliseconds,
 * the whole lasting frames * `frameMs`, with a Duration, clusters starting at keyframes, and cues and a
 * seek head so players can seek. MediaRecorder stamps frames with the wall-clock time they were drawn;
 * rendered slower than real time, a day would otherwise play at the pace the machine managed.
 * `expected` is how many frames were drawn: frames the recorder emitted beyond those (the canvas caught
 * once more as recording started) come first, and show for no time.
 */
export function retimeWebm(file: WebmFile, frameMs: number, expected = file.frames.length): Uint8Array {
  if (!file.tracks) throw new Error('the recording has no track description');
  const frames = file.frames;
  if (frames.length < expected) throw new Error(`the recording holds ${frames.length} of the ${expected} frames drawn`);
  const extra = frames.length - expected;
  const track = frames[0]?.track ?? 1;
  if (track >= 127) throw new Error(`track number ${track} is not supported`);
  const timeOf = (k: number) => Math.round(Math.max(0, k - extra) * frameMs);

  const info = element(ID.Info, [
    uintElement(ID.TimecodeScale, 1_000_000),
    floatElement(ID.Duration, expected * frameMs),
    stringElement(ID.MuxingApp, 'Tideline'),
    stringElement(ID.WritingApp, 'Tideline'),
  ]);

  const clusters: Uint8Array[] = [];
  const cues: { time: number; offset: number }[] = [];
  let clusterOffset = 0;
  let k = 0;
  while (k < frames.length) {
    const start = timeOf(k);
    const blocks: Uint8Array[] = [];
    do {
      blocks.push(simpleBlock(track, timeOf(k) - start, frames[k].keyframe, frames[k].data));
      k++;
    } while (k < frames.length && !frames[k].keyframe && timeOf(k) - start < CLUSTER_SPAN_MS);
    const cluster = element(ID.Cluster, [uintElement(ID.Timecode, start), ...blocks]);
    cues.push({ time: start, offset: clusterOffset });
    clusters.push(cluster);
    clusterOffset += cluster.length;
  }

  // Positions are relative to the Segment's body: seek head, info, tracks, clusters, cues.
  const seekEntry = (id: number, position: number) =>
    element(ID.Seek, [element(ID.SeekID, [idBytes(id)]), uintElement(ID.SeekPosition, position, SEEK_POSITION_BYTES)]);
  const seekHeadLength = element(ID.SeekHead, [seekEntry(ID.Info, 0), seekEntry(ID.Tracks, 0), seekEntry(ID.Cues, 0)]).length;
  const clustersAt = seekHeadLength + info.length + file.tracks.length;
  const cuesAt = clustersAt + clusterOffset;
  const seekHead = element(ID.SeekHead, [seekEntry(ID.Info, seekHeadLength), seekEntry(ID.Tracks, seekHeadLength + info.length), seekEntry(ID.Cues, cuesAt)]);
  const cueElements = element(ID.Cues, cues.map((c) =>
    element(ID.CuePoint, [
      uintElement(ID.CueTime, c.time),
      element(ID.CueTrackPositions, [uintElement(ID.CueTrack, track), uintElement(ID.CueClusterPosition, clustersAt + c.offset)]),
    ])));

  const segment = element(ID.Segment, [seekHead, info, file.tracks, ...clusters, cueElements]);
  return concat([file.header, segment]);
}
