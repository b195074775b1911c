import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeLayout, wrapText, type Rect } from '../../../../src/ui/present/record/compositeLayout.ts';
import { frameMs, spanSlots } from '../../../../src/ui/present/record/recordingSpan.ts';

const inside = (r: Rect, w: number, h: number) => r.x >= -1e-9 && r.y >= -1e-9 && r.x + r.w <= w + 1e-9 && r.y + r.h <= h + 1e-9;
const below = (upper: Rect, lower: Rect) => upper.y + upper.h <= lower.y + 1e-9;

/** One to three map panes side by side in a box of any size, as compare mode lays them out. */
const screen = fc.record({
  width: fc.integer({ min: 300, max: 3000 }),
  height: fc.integer({ min: 200, max: 2000 }),
  panes: fc.integer({ min: 1, max: 3 }),
});

describe('compositeLayout', () => {
  it('fits the maps, as laid out on screen, between the title bar and the caption and legends, everything inside the frame', () => {
    fc.assert(fc.property(screen, fc.constantFrom([1280, 720], [1920, 1080]), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 }), (s, [w, h], legends, lines) => {
      const paneW = s.width / s.panes;
      const panes = Array.from({ length: s.panes }, (_, i) => ({ x: i * paneW, y: 0, w: paneW - 4, h: s.height }));
      const layout = compositeLayout(w, h, { width: s.width, height: s.height }, panes, legends, lines);
      for (const r of [layout.header, layout.maps, ...layout.panes, ...layout.legends, ...(layout.caption ? [layout.caption] : [])]) expect(inside(r, w, h)).toBe(true);
      expect(below(layout.header, layout.maps)).toBe(true);
      if (layout.caption) expect(below(layout.maps, layout.caption)).toBe(true);
      for (const l of layout.legends) expect(below(layout.caption ?? layout.maps, l)).toBe(true);
      // Scaled as a whole: the same scale both ways, touching the region on one side.
      expect(layout.maps.w / s.width).toBeCloseTo(layout.scale, 9);
      expect(layout.maps.h / s.height).toBeCloseTo(layout.scale, 9);
      layout.panes.forEach((p, i) => {
        expect(p.w / panes[i].w).toBeCloseTo(layout.scale, 9);
        expect(p.x - layout.maps.x).toBeCloseTo(panes[i].x * layout.scale, 6);
      });
      expect((lines > 0) === (layout.caption !== null)).toBe(true);
    }));
  });

  it('sizes type with the frame: 1920 x 1080 is 1280 x 720 one and a half times over', () => {
    const box = { width: 1000, height: 600 };
    const small = compositeLayout(1280, 720, box, [{ x: 0, y: 0, w: 1000, h: 600 }], 1, 2);
    const large = compositeLayout(1920, 1080, box, [{ x: 0, y: 0, w: 1000, h: 600 }], 1, 2);
    expect(large.unit / small.unit).toBe(1.5);
    expect(large.header.h / small.header.h).toBeCloseTo(1.5, 1);
    expect(large.scale / small.scale).toBeCloseTo(1.5, 1);
  });

  it('wraps a caption at word boundaries within the width', () => {
    const lines = wrapText('By day Wandsworth loses about 60,000 people', 20, (s) => s.length);
    expect(lines).toEqual(['By day Wandsworth', 'loses about 60,000', 'people']);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });
});

describe('recording spans', () => {
  it('the day on screen is its 96 slots from midnight; the rest of it, six hours and the week follow from the time on screen', () => {
    const mondayNoon = 48;
    expect(spanSlots('day', mondayNoon)).toEqual(Array.from({ length: 96 }, (_, i) => i));
    expect(spanSlots('day', 96 * 6 + 95)[0]).toBe(96 * 6);
    expect(spanSlots('rest', mondayNoon)).toEqual(Array.from({ length: 48 }, (_, i) => 48 + i));
    expect(spanSlots('six', 671)).toEqual(Array.from({ length: 24 }, (_, i) => (671 + i) % 672));
    expect(spanSlots('week', mondayNoon)).toHaveLength(672);
  });

  it('a video at 1x plays an hour a second, as the time bar does: a day at 4x lasts 6 seconds', () => {
    expect(frameMs(1)).toBe(250);
    expect(96 * frameMs(4)).toBe(6000);
  });
});
