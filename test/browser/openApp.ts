import type { Browser, Page } from 'playwright-core';

export interface OpenedApp {
  page: Page;
  /** The body's data-map-state once it left "loading": "idle" or "error". */
  mapState: string;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Requests that failed, and any request at all to a host other than this machine. */
  badRequests: string[];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAP_READY_TIMEOUT_MS = 20_000;

function isRemote(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') &&
    !LOCAL_HOSTS.has(hostname);
}

/**
 * Opens the app in a fresh 1280x800 page, recording console errors and failed or remote requests,
 * and waits until the map reports idle (or the app reports an error): no fixed sleeps.
 */
export async function openApp(browser: Browser, url: string): Promise<OpenedApp> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  const badRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('request', (request) => {
    if (isRemote(request.url())) badRequests.push(`remote: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    badRequests.push(`failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) badRequests.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  await page.goto(url);
  try {
    await page.waitForSelector('body[data-map-state="idle"], body[data-map-state="error"]', {
      timeout: MAP_READY_TIMEOUT_MS,
    });
  } catch (error) {
    const state = await page.getAttribute('body', 'data-map-state');
    const seen = [...errors, ...badRequests].join('\n  ') || 'none';
    throw new Error(
      `the map did not go idle within ${MAP_READY_TIMEOUT_MS} ms (data-map-state="${state}"); errors and bad requests:\n  ${seen}`,
      { cause: error },
    );
  }
  const mapState = (await page.getAttribute('body', 'data-map-state')) ?? '';
  return { page, mapState, errors, badRequests };
}
