/** The hexagon overlay paints what it is given on a recording map: layers once, colours by feature state. */
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { HexGrid } from '../../../../src/ui/app/appContext.ts';
import { colourScale } from '../../../../src/ui/map/colourScale.ts';
import type { MapView } from '../../../../src/ui/map/createMapView.ts';
import { createHexagonOverlay, type HexPicture } from '../../../../src/ui/map/hexagonOverlay.ts';
import type { OverlayTarget } from '../../../../src/ui/map/overlayTarget.ts';
import type { ZoneWeek } from '../../../../src/ui/map/zoneWeek.ts';
import { recorder } from '../../hexagons/mapRecorder.ts';

const SLOTS = 672;
const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });

function grid(): HexGrid {
  return {
    ok: true, cellKm: 1, ids: ['H1', 'H2', 'H3'], names: ['Hexagon 1 (A)', 'Hexagon 2 (A)', 'Hexagon 3 (B)'], zone: Int32Array.of(0, 0, 1),
    geometries: [square(0), square(1), square(2)], residents: Float64Array.of(100, 200, 300), workday: Float64Array.of(300, 200, 100),
  };
}

/** Three hexagons over the week: officers 10, 20, 30 at noon (slot 48), 1, 2, 3 otherwise; the third not policed. */
function week(): ZoneWeek {
  const officers = new Int32Array(SLOTS * 3);
  for (let s = 0; s < SLOTS; s++) for (let h = 0; h < 3; h++) officers[s * 3 + h] = (h + 1) * (s === 48 ? 10 : 1);
  return {
    n: 3, allocated: Uint8Array.of(1, 1, 0), onDuty: new Int32Array(SLOTS).fill(60), officersWhole: officers, fixedWhole: new Int32Array(SLOTS * 3),
    present: new Float64Array(SLOTS * 3).fill(1000), demand: new Float64Array(SLOTS * 3).fill(1000), pWait: new Float64Array(SLOTS * 3),
  };
}

function picture(g: HexGrid, w: ZoneWeek, slot: number): HexPicture {
  return {
    grid: g,
    scale: colourScale('officers', 30),
    figures: {
      names: g.names, forces: ['Met', 'Met', 'City'], statics: { residents: g.residents, workday: g.workday }, week: w,
      force: 'Met', slot, measure: 'officers', within: (h) => ['A', 'B'][g.zone[h]],
    },
  };
}

function fakeView(map: MapView['map']): MapView & { overlay: OverlayTarget | null } {
  const view = { map, overlay: null as OverlayTarget | null, setOverlay: (o: OverlayTarget | null) => void (view.overlay = o) };
  return view as unknown as MapView & { overlay: OverlayTarget | null };
}

describe('createHexagonOverlay', () => {
  it('adds the layers once, colours only what changed, describes hexagons, and hides on null', () => {
    const r = recorder(['zones-outline']);
    const view = fakeView(r.map);
    const overlay = createHexagonOverlay(view);
    const g = grid();
    const w = week();
    overlay.paint(picture(g, w, 48));
    expect(r.added()).toBe(1);
    expect(r.layers.map((l) => [l.id, l.visibility])).toEqual([['hexagons-fill', 'visible'], ['hexagons-outline', 'visible'], ['zones-outline', undefined]]);
    const noon = r.states.filter((s) => 'fill' in s.state);
    expect(noon.map((s) => s.id)).toEqual([0, 1, 2]);
    expect(noon[2].state.fill, 'the hexagon the force does not police has no officer figure').toBe('#bdbdbd');
    expect(view.overlay?.describe(1)).toMatchObject({ title: 'Hexagon 2 (A)', subtitle: 'Mostly in A', rows: expect.arrayContaining([['Officers', '20']]) });
    expect(view.overlay?.zoneOf(2)).toBe(1);

    r.states.length = 0;
    overlay.paint(picture(g, w, 49));
    expect(r.added()).toBe(1);
    expect(r.states.map((s) => s.id), 'the two policed hexagons change colour; the third stays grey').toEqual([0, 1]);

    r.states.length = 0;
    overlay.paint(picture(g, w, 50));
    expect(r.states, 'nothing changed between slots 49 and 50').toEqual([]);

    overlay.paint(null);
    expect(view.overlay).toBeNull();
    expect(r.layers.filter((l) => l.id.startsWith('hexagons')).map((l) => l.visibility)).toEqual(['none', 'none']);
  });

  it('a new grid replaces the layer; dispose takes it off the map', () => {
    const r = recorder();
    const overlay = createHexagonOverlay(fakeView(r.map));
    overlay.paint(picture(grid(), week(), 48));
    overlay.paint(picture(grid(), week(), 48));
    expect(r.added()).toBe(2);
    expect(r.sources.size).toBe(1);
    overlay.dispose();
    expect(r.sources.size).toBe(0);
  });
});
