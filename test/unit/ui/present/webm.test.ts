import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { element, ID, readVint, sizeBytes, uintElement } from '../../../../src/ui/present/record/ebml.ts';
import { readWebm } from '../../../../src/ui/present/record/readWebm.ts';
import { retimeWebm } from '../../../../src/ui/present/record/writeWebm.ts';

/** A file recorded by Chromium's MediaRecorder (VP8, 64x36): a frame as recording started, then 5 requested; a live stream of unknown sizes. */
const recorded = () => new Uint8Array(readFileSync('test/fixtures/mediarecorder-6-frames.webm'));

describe('EBML variable-length integers', () => {
  it('a size written in the fewest bytes reads back, and all-ones reads as unknown', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 48 }), (n) => {
      const bytes = sizeBytes(n);
      const v = readVint(bytes, 0, false)!;
      expect(v).toEqual({ value: n, length: bytes.length, unknown: false });
      expect(bytes.length === 1 || n >= 2 ** (7 * (bytes.length - 1)) - 1).toBe(true);
    }));
    expect(readVint(Uint8Array.of(0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), 0, false)?.unknown).toBe(true);
    expect(readVint(Uint8Array.of(0x1a, 0x45), 0, true)).toBeNull();
  });
});

describe('readWebm', () => {
  it("reads every frame of MediaRecorder's live stream (unknown sizes), the first a keyframe", () => {
    const file = readWebm(recorded());
    expect(file.frames).toHaveLength(6);
    expect(file.frames[0].keyframe).toBe(true);
    expect(file.frames.every((f) => f.track === 1 && f.data.length > 0)).toBe(true);
    expect(file.frames.map((f) => f.time)).toEqual([...file.frames.map((f) => f.time)].sort((a, b) => a - b));
    expect(file.duration).toBeNull();
    expect(file.truncated).toBe(false);
    expect(Array.from(file.header.subarray(0, 4), (b) => b.toString(16)).join('')).toBe('1a45dfa3');
  });

  it('counts only whole frames in a file cut short, as while it is still being written', () => {
    const bytes = recorded();
    const whole = readWebm(bytes).frames;
    let last = 0;
    for (let cut = 0; cut <= bytes.length; cut += 7) {
      const partial = readWebm(bytes, cut);
      expect(partial.frames.length).toBeGreaterThanOrEqual(last);
      expect(partial.frames.length).toBeLessThanOrEqual(whole.length);
      partial.frames.forEach((f, i) => expect(f.data).toEqual(whole[i].data));
      last = partial.frames.length;
    }
    expect(readWebm(bytes, bytes.length - 1).truncated).toBe(true);
  });
});

describe('retimeWebm', () => {
  it('puts frame k at k times the frame time, with a Duration of the whole, keeping every coded frame', () => {
    const file = readWebm(recorded());
    const out = retimeWebm(file, 62.5, 5);
    const back = readWebm(out);
    expect(Array.from(out.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('')).toBe('1a45dfa3');
    expect(back.duration).toBe(5 * 62.5);
    // The extra frame caught as recording began shows for no time; then 0, 62.5 (63), 125, 187.5 (188), 250.
    expect(back.frames.map((f) => f.time)).toEqual([0, 0, 63, 125, 188, 250]);
    expect(back.frames.map((f) => f.data)).toEqual(file.frames.map((f) => f.data));
    expect(back.frames.map((f) => f.keyframe)).toEqual(file.frames.map((f) => f.keyframe));
    expect(back.tracks).toEqual(file.tracks);
    expect(back.truncated).toBe(false);
  });

  it('starts a cluster at every keyframe and before offsets pass 30 s, so any length of video fits', () => {
    const data = Uint8Array.of(1, 2, 3);
    const tracks = element(ID.Tracks, [element(0xae, [uintElement(0xd7, 1)])]);
    const frames = Array.from({ length: 700 }, (_, k) => ({ time: k, keyframe: k % 200 === 0, track: 1, data }));
    const out = retimeWebm({ header: element(ID.EBML, []), tracks, duration: null, timecodeScale: 1e6, frames, truncated: false }, 250);
    const back = readWebm(out);
    expect(back.frames.map((f) => f.time)).toEqual(frames.map((_, k) => k * 250));
    expect(back.duration).toBe(700 * 250);
  });

  it('refuses a recording that lost frames', () => {
    expect(() => retimeWebm(readWebm(recorded()), 100, 7)).toThrow('the recording holds 6 of the 7 frames drawn');
  });
});
