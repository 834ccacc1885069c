/**
 * Browser test of the sandbox EHR's CDS Hooks page end to end: opening the chart fires patient-view
 * and renders cards (Markdown without raw HTML); selecting a test fires order-select; accepting a
 * suggestion and dismissing a card with a reason send feedback, which the service stores.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { seriousAxeViolations } from './support/axe';
import { openWatchedPage, startChromium, type TestBrowser } from './support/chromium';

const SCREENSHOTS = resolve('test-output/screenshots');
let server: RunningServer;
let browser: TestBrowser;

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: '10000' });
  browser = await startChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('sandbox CDS Hooks page', () => {
  test('fires hooks, renders cards safely, and sends feedback the service stores', async () => {
    const { page, errors } = await openWatchedPage(browser.context, { width: 1280, height: 1000 });
    await page.goto(`${server.baseUrl}/sandbox/hooks?patient=cp-02-patient&user=sandbox-clinician-2`);
    await page.waitForSelector('[data-testid="hook-status"][data-done="ddx-patient-view"]', { timeout: 30_000 });
    const cards = page.locator('[data-service="ddx-patient-view"] [data-testid="card"]');
    expect(await cards.count()).toBeGreaterThan(0);
    // Markdown is rendered as text: the detail holds no elements other than the safe ones we create.
    const tags = await page.$$eval('[data-testid="card"] details *', (nodes) => [...new Set(nodes.map((n) => n.tagName.toLowerCase()))]);
    expect(tags.every((t) => ['summary', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'].includes(t))).toBe(true);
    await cards.first().locator('details summary').click();
    await page.screenshot({ path: join(SCREENSHOTS, 'cds-hooks-patient-view.png'), fullPage: true });

    // Dismiss the first card with a reason and a comment.
    const first = cards.first();
    const uuidSummary = await first.getAttribute('aria-label');
    await first.locator('[data-testid="override-reason"]').selectOption({ index: 1 });
    await first.locator('[data-testid="override-comment"]').fill('Already ruled out this morning');
    await first.locator('[data-testid="dismiss-card"]').click();
    await page.waitForSelector('[data-testid="feedback-result"]');
    expect(await page.locator('[data-testid="feedback-result"]').first().textContent()).toContain('overridden: recorded');

    // Select a test: order-select answers.
    await page.locator('[data-testid="order-catalogue"] input').first().check();
    await page.waitForSelector('[data-testid="hook-status"][data-done="ddx-order-select"]', { timeout: 30_000 });

    // Accept a suggestion if a card offers one.
    const accept = page.locator('[data-testid="accept-suggestion"]');
    if ((await accept.count()) > 0) {
      await accept.first().click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="feedback-result"]').length >= 2);
      expect(await page.locator('[data-testid="feedback-result"]').nth(1).textContent()).toContain('accepted: recorded');
    }
    await page.locator('[data-testid="sign-orders"]').click();
    await page.waitForSelector('[data-testid="hook-status"][data-done="ddx-order-sign"]', { timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'cds-hooks-after-orders.png'), fullPage: true });

    const stored = await server.handle.store.listDecisions();
    const dismissed = stored.find((d) => d.source === 'cds-feedback' && d.comment === 'Already ruled out this morning');
    expect(dismissed).toMatchObject({ outcome: 'overridden', unknown_card: false });
    expect(uuidSummary).toBeTruthy();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
