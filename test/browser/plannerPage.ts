import type { Page } from 'playwright-core';
import type {} from '../../src/ui/testHooks.ts'; // declares window.__tideline

/** Page coordinates of a zone's label point on the map at `mapIndex` (0: the scenario's map). */
export async function zonePoint(page: Page, name: string, mapIndex = 0): Promise<{ x: number; y: number; onCanvas: boolean }> {
  const at = await page.evaluate(
    ([zoneName, index]) => {
      const hook = window.__tideline;
      const zone = hook?.zones.find((z) => z.name === zoneName);
      const map = hook?.maps()[index];
      if (!zone || !map) return null;
      const point = map.project([zone.lon, zone.lat]);
      const frame = map.getContainer().getBoundingClientRect();
      const x = frame.left + point.x;
      const y = frame.top + point.y;
      return { x, y, onCanvas: document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') ?? false };
    },
    [name, mapIndex] as const,
  );
  if (!at) throw new Error(`no zone "${name}" on map ${mapIndex}`);
  return at;
}

/** Reads a figure from a definition list by its term, e.g. dd after dt "Officers". */
export async function figure(page: Page, scope: string, term: string): Promise<string> {
  return (await page.locator(`${scope} dt:text-is("${term}") + dd`).first().textContent())?.trim() ?? '';
}

/** "6,854" or "−12" to a number. */
export function count(text: string): number {
  return Number(text.replace('\u2212', '-').replace('+', '').replaceAll(',', '').replace(/[^\d.-].*$/, ''));
}

/** Waits until the scenario's run has settled on a result for the state as it is now. */
export async function settled(page: Page, which: 'scenario' | 'comparison' = 'scenario'): Promise<void> {
  await page.waitForFunction((w) => window.__tideline?.results()[w].status === 'ready' && window.__tideline.drawn(), which, { timeout: 20_000 });
}
