/**
 * `npm run bench:browser`: the built app in Debian's Chromium, traced while a day plays and while the
 * headcount is edited, on boroughs and on hexagons. Prints the app's own main-thread work per played
 * slot (without Chromium's WebGL readback), long tasks and their share of readback, and the time from
 * an edit to the map showing it, with PASS/MISS against the targets. `--json` prints the results as
 * JSON instead; `--dist DIR` serves an existing build (made with `--mode test`) instead of building;
 * `--slots N` and `--edits N` set how much is played and edited. Nothing is asserted. See bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { buildApp, startPreview } from '../../scripts/previewServer.ts';
import { launchChromium } from '../../test/browser/launch.ts';
import { editHeadcount, openPage, playSlots, showHexagons, SLOT_MARK, withTrace } from './pageDrivers.ts';
import { formatBrowserReport, type BrowserBenchResults, type ZoneSetResult } from './browserReport.ts';
import { longTasks, mainThread, markTimes, perSlotWork, quantile, threadEvents, workIn } from './traceAnalysis.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
const slots = Number(option('--slots') ?? 192);
const edits = Number(option('--edits') ?? 6);
const port = Number(option('--port') ?? 4191);
const log = (msg: string) => {
  if (!json) process.stderr.write(`[bench:browser] ${msg}\n`);
};

/** Headcounts the edits alternate between: each one changes every zone's officers. */
const HEADCOUNTS = [29940, 30940];

async function measureZoneSet(browser: Awaited<ReturnType<typeof launchChromium>>, baseUrl: string, zones: 'boroughs' | 'hexagons'): Promise<ZoneSetResult> {
  const page = await openPage(browser, baseUrl);
  try {
    if (zones === 'hexagons') await showHexagons(page);
    log(`${zones}: playing ${slots} slots at 8x`);
    const played = await withTrace(browser, page, () => playSlots(page, slots));
    const main = threadEvents(played.events, mainThread(played.events));
    const marks = markTimes(played.events, SLOT_MARK);
    const samples = perSlotWork(main, marks, played.value);
    const from = marks[0] ?? 0;
    const to = marks[marks.length - 1] ?? 0;
    const total = workIn(main, from, to);
    const playLong = longTasks(main, from, to);

    log(`${zones}: ${edits} headcount edits`);
    const edited = await withTrace(browser, page, async () => {
      const times: number[] = [];
      for (let i = 0; i < edits; i++) times.push(await editHeadcount(page, HEADCOUNTS[i % 2]));
      return times;
    });
    const editMain = threadEvents(edited.events, mainThread(edited.events));
    const editLong = longTasks(editMain, -Infinity, Infinity);
    const own = samples.map((s) => s.own);
    return {
      zones,
      slotsPlayed: samples.length,
      perSlot: {
        ownMedian: quantile(own, 0.5),
        ownP95: quantile(own, 0.95),
        scriptMedian: quantile(samples.map((s) => s.byKind.script), 0.5),
        styleMedian: quantile(samples.map((s) => s.byKind.style), 0.5),
        layoutMedian: quantile(samples.map((s) => s.byKind.layout), 0.5),
        paintMedian: quantile(samples.map((s) => s.byKind.paint), 0.5),
        readbackMedian: quantile(samples.map((s) => s.readback), 0.5),
      },
      playTotals: total,
      playLongTasks: playLong,
      editMs: edited.value,
      editLongTasks: editLong,
    };
  } finally {
    await page.close();
  }
}

const started = performance.now();
const load = loadavg();
const given = option('--dist');
const outDir = given ?? mkdtempSync(join(tmpdir(), 'tideline-bench-'));
if (!given) {
  log('building the app (test mode: it carries the hooks the bench reads)');
  await buildApp(outDir, 'test');
}
const server = await startPreview(outDir, port);
const browser = await launchChromium();
const results: BrowserBenchResults = {
  cpus: availableParallelism(), loadAverage: [...load], slots, edits, zoneSets: [], targets: [], wallSeconds: 0,
};
try {
  for (const zones of ['boroughs', 'hexagons'] as const) results.zoneSets.push(await measureZoneSet(browser, server.baseUrl, zones));
} finally {
  await browser.close();
  await server.stop();
  if (!given) rmSync(outDir, { recursive: true, force: true });
}
results.loadAverage.push(...loadavg());
results.wallSeconds = (performance.now() - started) / 1000;
const { text, targets } = formatBrowserReport(results);
results.targets = targets;
process.stdout.write(json ? `${JSON.stringify(results, null, 1)}\n` : `${text}\n`);
