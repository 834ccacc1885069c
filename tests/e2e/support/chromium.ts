/**
 * Headless Chromium for browser tests: the system binary, a fresh profile per run, and a page
 * wrapper that records console output and page errors so tests can fail on them.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

/** The system Chromium (Debian package). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** A running browser with its throw-away profile. */
export interface TestBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh user-data-dir.
 * @returns the persistent context and a close function that also deletes the profile
 */
export async function startChromium(): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'ddx-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 640, height: 900 },
  });
  return {
    context,
    async close(): Promise<void> {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page plus everything it printed. */
export interface WatchedPage {
  readonly page: Page;
  /** Console messages (all types) as `type: text`. */
  readonly consoleLines: string[];
  /** Console errors and uncaught page errors, except the browser's own favicon 404. */
  readonly errors: string[];
}

function isIgnorable(message: ConsoleMessage): boolean {
  // Chromium logs a console error for a missing /favicon.ico that the sandbox pages do not serve.
  return message.location().url.endsWith('/favicon.ico');
}

/**
 * Opens a page that records console output and errors.
 * @param context - the browser context
 * @param viewport - page size (default one third of a 1920 px screen)
 * @returns the watched page
 */
export async function openWatchedPage(context: BrowserContext, viewport = { width: 640, height: 900 }): Promise<WatchedPage> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const consoleLines: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    consoleLines.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'error' && !isIgnorable(message)) {
      errors.push(`console.error at ${message.location().url}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, consoleLines, errors };
}

/** Fails fast, with what to do, when the client build or the system Chromium is missing. */
export function requireBrowserTestPrerequisites(): void {
  if (!existsSync(resolve('dist/client/index.html'))) {
    throw new Error('The client build is missing: run `npx vite build` before the e2e tests');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  }
}

/**
 * Closes the pages a test opened and fails the test on any browser console error they recorded.
 * @param opened - the pages (emptied)
 * @param expectNoErrors - the test's assertion (vitest's expect)
 */
export async function closeWatchedPages(opened: WatchedPage[], expectNoErrors: (errors: string[]) => void): Promise<void> {
  for (const { page, errors } of opened.splice(0)) {
    await page.close().catch(() => undefined);
    expectNoErrors(errors);
  }
}
