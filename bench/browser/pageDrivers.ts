/**
 * What the browser bench does on the page, as a planner would: play the week, and change the
 * headcount. Each driver records a Chromium trace of what it did and returns it with its own timings.
 * The page is the test build (window.__tideline); nothing here changes the app.
 */
import type { Browser, Page } from 'playwright-core';
import type { TraceEvent } from './traceAnalysis.ts';

export const SLOT_MARK = 'tideline-bench slot';
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu', 'blink.user_timing'];
const READY_TIMEOUT_MS = 60_000;

/** Runs `work` while Chromium traces the page; the trace's events come back with its result. */
export async function withTrace<T>(browser: Browser, page: Page, work: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  const value = await work();
  const buffer = await browser.stopTracing();
  return { value, events: (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents };
}

/** Opens the app at 1280x800 and waits for the first map to be drawn. */
export async function openPage(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles this file with esbuild's keepNames, which wraps the functions passed to page.evaluate
  // in a `__name` helper that only exists in Node: give the page a no-op one.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(baseUrl);
  await page.waitForSelector('body[data-map-state="idle"]', { timeout: READY_TIMEOUT_MS });
  return page;
}

/** Switches the map to hexagons and waits until they are drawn from the engine's run. */
export async function showHexagons(page: Page): Promise<void> {
  await page.getByLabel('Hexagons').check();
  await page.waitForFunction(() => window.__tideline!.mapUpToDate(), undefined, { timeout: READY_TIMEOUT_MS });
}

/**
 * Plays at 8x from Monday 00:00 until `slots` slots have gone by. A small rAF loop injected into the
 * page marks every slot change (`performance.mark`), so the trace can be cut per played slot.
 * Returns the slots each mark advanced.
 */
export async function playSlots(page: Page, slots: number): Promise<number[]> {
  await page.getByLabel('Speed', { exact: true }).selectOption('8');
  await page.getByRole('slider', { name: 'Time of day' }).focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => window.__tideline!.state().view.slot === 0);
  await page.evaluate((mark) => {
    const w = window as unknown as { __benchSteps: number[]; __benchStop: boolean };
    w.__benchSteps = [];
    w.__benchStop = false;
    let last = window.__tideline!.state().view.slot;
    const watch = () => {
      if (w.__benchStop) return;
      const slot = window.__tideline!.state().view.slot;
      if (slot !== last) {
        w.__benchSteps.push(slot - last);
        last = slot;
        performance.mark(mark);
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }, SLOT_MARK);
  await page.getByRole('button', { name: 'Play' }).click();
  // Polled rarely: Playwright's own polling runs on the page's main thread, inside the traced window.
  await page.waitForFunction((n) => window.__tideline!.state().view.slot >= n, slots, { timeout: READY_TIMEOUT_MS * 2, polling: 500 });
  await page.getByRole('button', { name: 'Pause' }).click();
  return page.evaluate(() => {
    const w = window as unknown as { __benchSteps: number[]; __benchStop: boolean };
    w.__benchStop = true;
    return w.__benchSteps;
  });
}

/**
 * Types a new headcount and presses Enter, and measures from that change to the first frame MapLibre
 * draws once every map on screen shows the new result (debounce, engine run, transfer and paint).
 */
export async function editHeadcount(page: Page, headcount: number): Promise<number> {
  const field = page.getByLabel('Headcount (full-time equivalent)');
  await field.fill(String(headcount));
  return field.evaluate(async (input) => {
    const hook = window.__tideline!;
    const start = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () => (hook.mapUpToDate() ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    // The maps have the new picture: the next frame each renders shows it (asked for, so it comes even
    // if MapLibre drew already; this can add at most a frame).
    await Promise.all(hook.maps().map((map) => {
      const rendered = new Promise((resolve) => map.once('render', resolve));
      map.triggerRepaint();
      return rendered;
    }));
    return performance.now() - start;
  });
}
