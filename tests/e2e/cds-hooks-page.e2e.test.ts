/**
 * Browser test of the sandbox EHR's CDS Hooks page end to end: opening the chart fires patient-view
 * and renders cards (Markdown without raw HTML); accepting a suggestion and dismissing a card send
 * feedback, which the service stores; a dismissal never sends a reason the user did not pick;
 * selecting a test fires order-select and signing fires order-sign; a card's smart link launches the
 * app for the same patient with the card's context (appContext in the token response).
 *
 * The patient is chosen so that patient-view is known to give a card with a suggestion: cp-16
 * (breathlessness in the emergency department) gets the differential card and can't-miss warnings,
 * at least one with a suggestion to order the test that would best settle it.
 * Needs the client build (`npx vite build`) and /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DECISION_REASONS, DECISION_REASON_SYSTEM } from '../../server/decision-reasons';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { seriousAxeViolations } from './support/axe';
import { closeWatchedPages, requireBrowserTestPrerequisites, openWatchedPage, startChromium, type TestBrowser, type WatchedPage } from './support/chromium';
import { expectedNameParts, listFixturePatients } from './support/fixture-patients';

const SCREENSHOTS = resolve('test-output/screenshots');
/** patient-view gives this patient a can't-miss card with a suggestion (see the file comment). */
const PATIENT = 'cp-16-patient';
const CLINICIAN = 'sandbox-clinician-2';
let server: RunningServer;
let browser: TestBrowser;
const opened: WatchedPage[] = [];

interface StoredFeedback {
  outcome: string;
  reason_code: string | null;
  reason_system: string | null;
  comment: string | null;
  accepted_suggestions: unknown;
  unknown_card: boolean;
  source: string;
}

/** Opens the chart page; patient-view has answered when this returns. */
async function openChart(patient = PATIENT, user = CLINICIAN): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser.context, { width: 1280, height: 1000 });
  opened.push(watched);
  await watched.page.goto(`${server.baseUrl}/sandbox/hooks?patient=${patient}&user=${user}`);
  await watched.page.waitForSelector('[data-testid="hook-status"][data-done="ddx-patient-view"]', { timeout: 30_000 });
  expect(await watched.page.getByTestId('hook-status').innerText()).toMatch(/^ddx-patient-view: HTTP 200, [1-9]\d* cards?$/);
  return watched;
}

function patientViewCards(page: Page): Locator {
  return page.locator('[data-service="ddx-patient-view"] [data-testid="card"]');
}

/** The patient-view card that offers a suggestion (asserted to exist: this patient is chosen for it). */
async function cardWithSuggestion(page: Page): Promise<{ card: Locator; uuid: string }> {
  const card = patientViewCards(page).filter({ has: page.getByTestId('accept-suggestion') });
  expect(await card.count(), 'patient-view cards with a suggestion').toBeGreaterThanOrEqual(1);
  const uuid = await card.first().getAttribute('data-card-uuid');
  expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
  return { card: card.first(), uuid: uuid as string };
}

/** What the service stored for a card (oldest first). */
async function storedFor(cardUuid: string): Promise<StoredFeedback[]> {
  const rows = await server.handle.store.db.query<StoredFeedback>(
    'SELECT outcome, reason_code, reason_system, comment, accepted_suggestions, unknown_card, source FROM decisions WHERE card_uuid = $1 ORDER BY created_at, id',
    [cardUuid],
  );
  return rows.rows;
}

/** The reason and comment of each stored decision for a card, checking that each is a known card's override. */
async function storedOverrides(cardUuid: string): Promise<Pick<StoredFeedback, 'reason_code' | 'reason_system' | 'comment'>[]> {
  const rows = await storedFor(cardUuid);
  for (const row of rows) {
    expect(row).toMatchObject({ outcome: 'overridden', unknown_card: false, source: 'cds-feedback' });
  }
  return rows.map(({ reason_code, reason_system, comment }) => ({ reason_code, reason_system, comment }));
}

/** Collects the feedback items the page posts. */
function recordFeedbackRequests(page: Page): Record<string, unknown>[] {
  const sent: Record<string, unknown>[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/sandbox/hooks/feedback') {
      sent.push(...((request.postDataJSON() as { feedback: Record<string, unknown>[] }).feedback ?? []));
    }
  });
  return sent;
}

async function feedbackLines(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="feedback-result"]').length >= n, count, { timeout: 15_000 });
  return page.getByTestId('feedback-result').allInnerTexts();
}

async function expectNoSeriousA11yIssues(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

beforeAll(async () => {
  requireBrowserTestPrerequisites();
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: '10000' });
  browser = await startChromium();
});

afterEach(() => closeWatchedPages(opened, (errors) => expect(errors, 'browser console errors').toEqual([])));

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('sandbox CDS Hooks page', () => {
  test('fires hooks, renders cards safely, accepts a suggestion and dismisses with a reason; the service stores both', async () => {
    const { page } = await openChart();
    const cards = patientViewCards(page);
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    // Markdown is rendered as text: the detail holds no elements other than the safe ones we create.
    // Every card has a rendered detail: paragraphs and lists with bold text (the detail's **headings**), and nothing else.
    const details = await page.$$eval('[data-testid="card"] details', (nodes) =>
      nodes.map((d) => ({ tags: [...new Set([...d.querySelectorAll('*')].map((n) => n.tagName.toLowerCase()))].sort(), text: d.textContent ?? '' })),
    );
    expect(details.length).toBe(await cards.count());
    for (const { tags, text } of details) {
      expect(tags.filter((t) => !['summary', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'].includes(t))).toEqual([]);
      expect(tags).toEqual(expect.arrayContaining(['summary', 'p', 'strong']));
      expect(text).not.toMatch(/\*\*|<[a-z]/i);
    }
    await cards.first().locator('details summary').click();
    await page.screenshot({ path: join(SCREENSHOTS, 'cds-hooks-patient-view.png'), fullPage: true });

    // Accept the suggestion: the proposed order joins the draft orders and `accepted` feedback is stored.
    const { card: suggesting, uuid: acceptedUuid } = await cardWithSuggestion(page);
    const accept = suggesting.getByTestId('accept-suggestion').first();
    const label = await accept.innerText();
    expect(label).toMatch(/^Accept: Order \S/);
    const suggestionUuid = await accept.getAttribute('data-suggestion-uuid');
    expect(suggestionUuid).toMatch(/^[0-9a-f-]{36}$/);
    await accept.click();
    expect(await feedbackLines(page, 1)).toEqual(['accepted: recorded · accepted']);
    expect(await page.getByTestId('draft-orders').innerText()).toContain(`${label.replace(/^Accept: Order /, '')} (from a card)`);
    expect(await accept.isDisabled()).toBe(true);
    expect(await suggesting.getByTestId('dismiss-card').isDisabled()).toBe(true);
    expect(await suggesting.getByTestId('accepted').innerText()).toBe(`Accepted: ${label.replace(/^Accept: /, '')} (added to the draft orders)`);
    expect(await storedFor(acceptedUuid)).toEqual([
      { outcome: 'accepted', reason_code: null, reason_system: null, comment: null, accepted_suggestions: [suggestionUuid], unknown_card: false, source: 'cds-feedback' },
    ]);

    // Dismiss another card with a reason the user picks, and a comment.
    const other = cards.filter({ hasNot: page.getByTestId('accept-suggestion') }).first();
    const otherUuid = (await other.getAttribute('data-card-uuid')) as string;
    const reason = DECISION_REASONS[1];
    await other.getByTestId('override-reason').selectOption({ label: reason.display });
    await other.getByTestId('override-comment').fill('Already ruled out this morning');
    await other.getByTestId('dismiss-card').click();
    expect((await feedbackLines(page, 2))[1]).toBe(`overridden: recorded · overridden (reason: ${reason.display}) (comment)`);
    expect(await other.getAttribute('data-state')).toBe('dismissed');
    expect(await storedOverrides(otherUuid)).toEqual([{ reason_code: reason.code, reason_system: DECISION_REASON_SYSTEM, comment: 'Already ruled out this morning' }]);

    // Select a test that shares a generic code with others: it can be ordered and order-select answers.
    const ctpa = page.locator('[data-testid="order-catalogue"] input[data-name="CT pulmonary angiography"]');
    expect(await ctpa.count()).toBe(1);
    await ctpa.check();
    await page.waitForSelector('[data-testid="hook-status"][data-done="ddx-order-select"]', { timeout: 30_000 });
    expect(await page.getByTestId('hook-status').innerText()).toMatch(/^ddx-order-select: HTTP 200,/);
    expect(await page.getByTestId('draft-orders').innerText()).toContain('CT pulmonary angiography');
    await page.getByTestId('sign-orders').click();
    await page.waitForSelector('[data-testid="hook-status"][data-done="ddx-order-sign"]', { timeout: 30_000 });
    expect(await page.getByTestId('hook-status').innerText()).toMatch(/^ddx-order-sign: HTTP 200,/);
    await page.screenshot({ path: join(SCREENSHOTS, 'cds-hooks-after-orders.png'), fullPage: true });
    await expectNoSeriousA11yIssues(page);
  });

  test('a dismissal never sends a reason the user did not pick', async () => {
    const { page } = await openChart();
    const sent = recordFeedbackRequests(page);
    const cards = patientViewCards(page);
    const first = cards.nth(0);
    const second = cards.nth(1);
    const firstUuid = (await first.getAttribute('data-card-uuid')) as string;
    const secondUuid = (await second.getAttribute('data-card-uuid')) as string;

    // The reason list starts empty.
    const select = first.getByTestId('override-reason');
    expect(await select.inputValue()).toBe('');
    expect(await select.locator('option').first().innerText()).toBe('Choose a reason…');
    expect(await select.locator('option').count()).toBe(DECISION_REASONS.length + 1);

    // Dismiss with neither a reason nor a comment: nothing is sent, an inline message explains.
    expect(await first.getByTestId('dismiss-without-reason').isVisible()).toBe(false);
    expect(await first.getByTestId('dismiss-message').innerText()).toBe('');
    await first.getByTestId('dismiss-card').click();
    const message = first.getByTestId('dismiss-message');
    expect(await message.innerText()).toBe('Choose a reason or write a comment, or dismiss without a reason.');
    expect(await select.getAttribute('aria-invalid')).toBe('true');
    expect(await select.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
    expect(await first.getByTestId('dismiss-without-reason').isVisible()).toBe(true);
    expect(await first.getAttribute('data-state')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('override-reason');
    await expectNoSeriousA11yIssues(page);

    // A comment alone is enough; no reason is sent with it.
    await first.getByTestId('override-comment').fill('Seen by the respiratory team');
    expect(await message.innerText()).toBe('');
    await first.getByTestId('dismiss-card').click();
    expect(await feedbackLines(page, 1)).toEqual(['overridden: recorded · overridden (comment)']);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ card: firstUuid, outcome: 'overridden', overrideReason: { userComment: 'Seen by the respiratory team' } });
    expect(sent[0].overrideReason).not.toHaveProperty('reason');
    expect(await storedOverrides(firstUuid)).toEqual([{ reason_code: null, reason_system: null, comment: 'Seen by the respiratory team' }]);

    // Explicitly dismissing without a reason sends no overrideReason at all.
    await second.getByTestId('dismiss-card').click();
    expect(await second.getByTestId('dismiss-message').innerText()).not.toBe('');
    expect(sent).toHaveLength(1);
    await second.getByTestId('dismiss-without-reason').click();
    expect((await feedbackLines(page, 2))[1]).toBe('overridden: recorded · overridden without a reason');
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ card: secondUuid, outcome: 'overridden' });
    expect(sent[1]).not.toHaveProperty('overrideReason');
    expect(await storedOverrides(secondUuid)).toEqual([{ reason_code: null, reason_system: null, comment: null }]);
    expect(await second.getByTestId('dismiss-card').isDisabled()).toBe(true);
  });

  test('a smart link opens the app for the same patient, showing and opening the card’s diagnosis', async () => {
    const { page } = await openChart();
    const { card, uuid } = await cardWithSuggestion(page);
    const summary = await card.getByTestId('card-summary').innerText();
    const diagnosisName = /^Can't-miss: (.+?) \(/.exec(summary)?.[1];
    expect(diagnosisName, summary).toBeTruthy();
    const link = card.getByTestId('smart-link');
    const href = new URL((await link.getAttribute('href')) as string);
    expect(href.pathname).toBe('/sandbox/launch');
    expect(href.searchParams.get('patient')).toBe(PATIENT);
    expect(href.searchParams.get('app_url')).toBe(`${server.baseUrl}/launch.html`);
    const appContext = href.searchParams.get('app_context') as string;
    const parsed = JSON.parse(appContext) as { cardUuid: string; kind: string; conditionId: string };
    expect(parsed).toMatchObject({ cardUuid: uuid, kind: 'cant-miss' });

    const [app] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    const errors: string[] = [];
    app.on('pageerror', (e) => errors.push(e.message));
    app.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text()));
    opened.push({ page: app, consoleLines: [], errors });
    const notice = app.getByTestId('card-context');
    await notice.waitFor({ state: 'visible', timeout: 30_000 });

    // The same patient as the chart the card was on.
    const fixture = listFixturePatients(resolve('fixtures')).find((p) => p.id === PATIENT);
    expect(fixture).toBeDefined();
    const name = await app.getByTestId('patient-name').innerText();
    for (const part of expectedNameParts(fixture?.patient ?? { resourceType: 'Patient' })) {
      expect(name).toContain(part);
    }
    expect(await app.getByTestId('patient-context').innerText()).toBe(PATIENT);
    // The app got the link's appContext in the token response, unchanged.
    const tokenAppContext = await app.evaluate(() => {
      const key = JSON.parse(sessionStorage.getItem('SMART_KEY') ?? 'null') as string;
      return (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { tokenResponse?: { appContext?: unknown } }).tokenResponse?.appContext;
    });
    expect(tokenAppContext).toBe(appContext);

    // The workspace says which card the clinician came from and opens that diagnosis.
    expect(await notice.getAttribute('data-card-uuid')).toBe(uuid);
    expect(await notice.getAttribute('data-card-kind')).toBe('cant-miss');
    expect(await notice.innerText()).toContain(`can't-miss card for ${diagnosisName}`);
    const diagnosis = app.locator(`[data-testid="diagnosis"][data-condition="${parsed.conditionId}"]`);
    expect(await diagnosis.count()).toBe(1);
    expect(await diagnosis.getAttribute('data-from-card')).toBe('true');
    expect(await diagnosis.locator('h3').innerText()).toContain(diagnosisName as string);
    expect(await diagnosis.getByTestId('toggle-reasoning').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => app.evaluate(() => document.activeElement?.getAttribute('data-condition'))).toBe(parsed.conditionId);
    expect(await app.locator('[data-from-card="true"]').count()).toBe(1);
    await app.screenshot({ path: join(SCREENSHOTS, 'cds-smart-link-app.png'), fullPage: true });
    await expectNoSeriousA11yIssues(app);
  });

  test('in clinician-first mode the smart link names no AI diagnosis before the clinician’s own', async () => {
    const { page } = await openChart(PATIENT, 'sandbox-clinician-1');
    const { card } = await cardWithSuggestion(page);
    const [app] = await Promise.all([browser.context.waitForEvent('page'), card.getByTestId('smart-link').click()]);
    const errors: string[] = [];
    app.on('pageerror', (e) => errors.push(e.message));
    opened.push({ page: app, consoleLines: [], errors });
    await app.getByTestId('clinician-first').waitFor({ state: 'visible', timeout: 30_000 });
    const notice = await app.getByTestId('card-context').innerText();
    expect(notice).toContain('You opened the app from a CDS card in the EHR');
    expect(notice).not.toMatch(/can't-miss card for/);
    expect(await app.getByTestId('diagnosis').count()).toBe(0);
  });
});
