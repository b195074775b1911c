/**
 * The layer module's contract with a map, against a small stand-in that records what is asked of it
 * (test/browser/hexagons.test.ts drives the real MapLibre map in Chromium).
 */
import type { Polygon } from 'geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHexLayer } from '../../../src/ui/hexagons/hexLayer.ts';
import { recorder } from './mapRecorder.ts';

function grid(count: number) {
  const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
  return {
    ids: Array.from({ length: count }, (_, h) => `H${h + 1}`),
    names: Array.from({ length: count }, (_, h) => `Hexagon ${h + 1} (Somewhere)`),
    parent: new Int32Array(count),
    geometries: Array.from({ length: count }, (_, h) => square(h)),
  };
}

const colour = (v: number) => (v > 5 ? '#ff0000' : '#0000ff');
let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  frames = [];
  globalThis.requestAnimationFrame = (fn) => frames.push(fn);
  globalThis.cancelAnimationFrame = (id) => {
    frames[id - 1] = () => undefined;
  };
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
  Reflect.deleteProperty(globalThis, 'cancelAnimationFrame');
});

describe('createHexLayer', () => {
  it('adds one source and a fill and outline layer below the given layer, hidden until shown', () => {
    const r = recorder(['zones-fill', 'stations']);
    const layer = createHexLayer(r.map, grid(3), { beforeId: 'stations' });
    expect(r.layers.map((l) => l.id)).toEqual(['zones-fill', 'hexagons-fill', 'hexagons-outline', 'stations']);
    expect(r.layers[1].visibility).toBe('none');
    expect(layer.visible).toBe(false);
    layer.show();
    expect(r.layers.slice(1, 3).map((l) => l.visibility)).toEqual(['visible', 'visible']);
    expect(layer.visible).toBe(true);
    layer.hide();
    expect(r.layers[1].visibility).toBe('none');
    expect(r.sources.get('hexagons')).toMatchObject({ type: 'geojson', promoteId: 'hex' });
  });

  it('sets only the colours that change, through feature state, never re-adding the source', () => {
    const r = recorder();
    const layer = createHexLayer(r.map, grid(4));
    layer.update(Float64Array.of(1, 9, 2, 8), colour);
    expect(r.states).toEqual([
      { id: 0, state: { fill: '#0000ff' } }, { id: 1, state: { fill: '#ff0000' } },
      { id: 2, state: { fill: '#0000ff' } }, { id: 3, state: { fill: '#ff0000' } },
    ]);
    r.states.length = 0;
    layer.update(Int32Array.of(0, 9, 9, 8), colour);
    expect(r.states).toEqual([{ id: 2, state: { fill: '#ff0000' } }]);
    expect(r.added()).toBe(1);
    expect(() => layer.update(new Float64Array(3), colour)).toThrow(/expected 4 hexagon values/);
  });

  it('spreads large updates over animation frames; a newer update takes over the rest', () => {
    const r = recorder();
    const layer = createHexLayer(r.map, grid(5), { batchSize: 2 });
    layer.update(Float64Array.of(1, 1, 1, 1, 1), colour);
    expect(r.states.map((s) => s.id)).toEqual([0, 1]);
    layer.update(Float64Array.of(9, 9, 9, 9, 9), colour); // before the next frame
    expect(r.states.map((s) => s.id)).toEqual([0, 1, 0, 1]);
    while (frames.length > 0) frames.shift()!(0);
    expect(r.states.slice(4).map((s) => [s.id, s.state.fill])).toEqual([[2, '#ff0000'], [3, '#ff0000'], [4, '#ff0000']]);
  });

  it('puts itself back, colours and highlights included, when a new style loads', () => {
    const r = recorder();
    const layer = createHexLayer(r.map, grid(2));
    layer.show();
    layer.update(Float64Array.of(1, 9), colour);
    layer.highlight('selected', 1);
    r.states.length = 0;
    r.newStyle();
    expect(r.layers.map((l) => [l.id, l.visibility])).toEqual([['hexagons-fill', 'visible'], ['hexagons-outline', 'visible']]);
    expect(r.states).toEqual([
      { id: 1, state: { selected: true } }, { id: 0, state: { fill: '#0000ff' } }, { id: 1, state: { fill: '#ff0000' } },
    ]);
    expect(layer.hexAt([10, 10])).toBe(1);
    layer.remove();
    expect(r.layers).toEqual([]);
    expect(r.sources.size).toBe(0);
  });

  it('moves hover and selection outlines from one hexagon to the next', () => {
    const r = recorder();
    const layer = createHexLayer(r.map, grid(3));
    layer.highlight('hover', 0);
    layer.highlight('hover', 2);
    layer.highlight('hover', null);
    expect(r.states).toEqual([
      { id: 0, state: { hover: true } }, { id: 0, state: { hover: false } }, { id: 2, state: { hover: true } }, { id: 2, state: { hover: false } },
    ]);
  });
});
