/**
 * The hexagon grid in Chromium: the Vite-built engine worker builds and allocates it, and the layer
 * module paints it on the app's real MapLibre map. The layer is loaded into the page from its source
 * (bundled here with Vite) and driven through window.__tideline's map, so this does not depend on how
 * the app shell wires the "Zones" switch.
 */
import type { Polygon } from 'geojson';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ZoneSetResponse } from '../../src/engine/engineProtocol.ts';
import type { HexLayer, createHexLayer } from '../../src/ui/hexagons/hexLayer.ts';
import type {} from '../../src/ui/testHooks.ts'; // declares window.__tideline and window.__tidelineEngine
import { launchChromium } from './launch.ts';
import { openApp, type OpenedApp } from './openApp.ts';
import { scenarioFile } from '../scenarioFile.ts';

declare global {
  interface Window {
    __tidelineHexLayer?: { createHexLayer: typeof createHexLayer };
    __hexTest?: { grid: Extract<ZoneSetResponse, { ok: true }>; layer: HexLayer; noon: { officersWhole: Int32Array; allocated: Uint8Array }; night: { officersWhole: Int32Array; allocated: Uint8Array } };
  }
}

const HIGH = [208, 28, 139] as const; // #d01c8b
const LOW = [77, 172, 38] as const; // #4dac26


/** src/ui/hexagons/hexLayer.ts as a script that sets window.__tidelineHexLayer (it imports maplibre types only). */
async function hexLayerScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: 'src/ui/hexagons/hexLayer.ts', formats: ['iife'], name: '__tidelineHexLayer' } },
  });
  const first = (Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput;
  return first.output[0].code;
}

/** The colour of one screen pixel, from a 1 x 1 PNG screenshot. */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const idat: Buffer[] = [];
  let channels = 3;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') channels = body[9] === 6 ? 4 : 3;
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  // One pixel in one row: whatever the row's filter, the bytes after it are the pixel itself.
  const raw = inflateSync(Buffer.concat(idat));
  return Array.from(raw.subarray(1, 1 + Math.min(3, channels)));
}

function near(actual: number[], expected: readonly number[]): boolean {
  return actual.every((v, i) => Math.abs(v - expected[i]) <= 6);
}

/**
 * Screen points inside two hexagons where nothing is drawn over them (no station marker, no event): one
 * with at least half the most officers any hexagon has at noon, and one with the fewest.
 */
async function probes(page: Page): Promise<{ central: { x: number; y: number }; outer: { x: number; y: number } }> {
  return page.evaluate(() => {
    const { grid, noon } = window.__hexTest!;
    const map = window.__tideline!.map;
    const frame = map.getContainer().getBoundingClientRect();
    /** The centre, then points 60% of the way to each corner. */
    const clearPoint = (h: number) => {
      const ring = (grid.geometries[h] as Polygon).coordinates[0];
      const c = [(ring[0][0] + ring[3][0]) / 2, (ring[0][1] + ring[3][1]) / 2];
      const tries = [c, ...ring.slice(0, 6).map(([x, y]) => [c[0] + 0.6 * (x - c[0]), c[1] + 0.6 * (y - c[1])])];
      for (const [lon, lat] of tries) {
        const p = map.project([lon, lat]);
        const top = map.queryRenderedFeatures(p)[0];
        if (top?.layer.id === 'hexagons-fill' && top.id === h) return { x: frame.left + p.x, y: frame.top + p.y };
      }
      return null;
    };
    const officers = noon.officersWhole;
    const most = Math.max(...officers);
    const hexes = grid.ids.map((_, h) => h).filter((h) => noon.allocated[h] === 1);
    const central = hexes.filter((h) => officers[h] >= most / 2).map(clearPoint).find((p) => p !== null);
    const outer = [...hexes].sort((a, b) => officers[a] - officers[b]).map(clearPoint).find((p) => p !== null);
    if (!central || !outer) throw new Error('markers cover every candidate hexagon');
    return { central, outer };
  });
}

describe('hexagon grid in the browser', () => {
  let browser: Browser;
  let app: OpenedApp;

  beforeAll(async () => {
    const [script, opened] = await Promise.all([hexLayerScript(), launchChromium().then((b) => ((browser = b), openApp(b, inject('baseUrl'))))]);
    app = opened;
    await app.page.addScriptTag({ content: script });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the worker builds the grid and allocates Monday 12:00: 6,854 officers over 696 hexagons', async () => {
    const outcome = await app.page.evaluate(async (scenario) => {
      const pool = window.__tidelineEngine!.createPool(1);
      try {
        await pool.loadDataset('default');
        const grid = await pool.zoneSet('hex-grid', 'hexagons');
        const answer = await pool.runZoneSet('hex', scenario, 'hexagons');
        if (!grid.ok || !answer.ok) return { error: JSON.stringify([grid, answer].filter((a) => !a.ok)) };
        const { week } = answer;
        const at = (slot: number) => ({ officersWhole: week.officersWhole.slice(slot * week.n, (slot + 1) * week.n), allocated: week.allocated });
        const noon = at(48);
        const layer = window.__tidelineHexLayer!.createHexLayer(window.__tideline!.map, grid, { beforeId: 'stations', opacity: 1 });
        window.__hexTest = { grid, layer, noon, night: at(12) };
        return {
          hexagons: grid.ids.length,
          officers: noon.officersWhole.reduce((a, b) => a + b, 0),
          onDuty: week.onDuty[48],
        };
      } finally {
        pool.dispose();
      }
    }, scenarioFile('follow-the-commute.json'));
    expect(outcome).not.toHaveProperty('error');
    expect(outcome).toMatchObject({ hexagons: 696, officers: 6854, onDuty: 6854 });
  });

  test('shown on the map, central hexagons take the colour of many officers at noon and change at 03:00 without new layers', async () => {
    const { page } = app;
    const paint = (slot: 'noon' | 'night') =>
      page.evaluate(async (which) => {
        const { layer, noon } = window.__hexTest!;
        const map = window.__tideline!.map;
        const top = Math.max(...noon.officersWhole);
        const idle = new Promise((resolve) => map.once('idle', resolve));
        layer.show();
        layer.update(window.__hexTest![which].officersWhole, (v) => (v >= top / 2 ? '#d01c8b' : '#4dac26'));
        map.triggerRepaint();
        await idle;
        return { sources: Object.keys(map.getStyle().sources), layers: map.getStyle().layers.map((l) => l.id) };
      }, slot);

    const atNoon = await paint('noon');
    expect(atNoon.layers.indexOf('hexagons-fill')).toBe(atNoon.layers.indexOf('stations') - 2);
    const { central, outer } = await probes(page);
    expect(near(await pixel(page, central.x, central.y), HIGH), 'central hexagon at noon').toBe(true);
    expect(near(await pixel(page, outer.x, outer.y), LOW), 'outer hexagon at noon').toBe(true);

    const atNight = await paint('night');
    // The same sources and layers: only feature state changed.
    expect([atNight.sources, atNight.layers]).toEqual([atNoon.sources, atNoon.layers]);
    expect(near(await pixel(page, central.x, central.y), LOW), 'central hexagon at 03:00').toBe(true);

    // The hexagon under that point, by name, as the map's hover and click handlers will ask for it.
    const found = await page.evaluate(({ x, y }) => {
      const map = window.__tideline!.map;
      const frame = map.getContainer().getBoundingClientRect();
      const hex = window.__hexTest!.layer.hexAt([x - frame.left, y - frame.top]);
      return hex === null ? null : window.__hexTest!.grid.names[hex];
    }, central);
    expect(found).toMatch(/^Hexagon \d+ \((Westminster|City of London|Camden|Southwark|Lambeth|Tower Hamlets|Islington)\)$/);
  });

  test('logs no errors and asks nothing of any other host', () => {
    expect(app.errors).toEqual([]);
    expect(app.badRequests).toEqual([]);
  });
});
