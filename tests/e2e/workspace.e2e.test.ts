/**
 * Browser test of the clinician workspace against the real server and the sandbox EHR: launch to
 * differential, reasoning, a rejection with a reason, a missed diagnosis, a finding change, then
 * the decisions read back through the API; decisions surviving a reload and a relaunch; clinician-first
 * mode; the opt-out patient; axe at 640 px.
 * Needs the client build (`npx vite build`) and /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { DecisionsResponse } from '../../server/contract';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { seriousAxeViolations } from './support/axe';
import { closeWatchedPages, requireBrowserTestPrerequisites, openWatchedPage, startChromium, type TestBrowser, type WatchedPage } from './support/chromium';

const SCREENSHOTS = resolve('test-output/screenshots');
const TYPICAL = 'cp-01-patient';
const OPTED_OUT = 'cp-10-patient';

let server: RunningServer;
let browser: TestBrowser;
const opened: WatchedPage[] = [];

async function launch(patient: string, user: string, viewport = { width: 640, height: 900 }): Promise<Page> {
  const watched = await openWatchedPage(browser.context, viewport);
  opened.push(watched);
  const q = new URLSearchParams({ patient, user, mode: 'window' });
  await watched.page.goto(`${server.baseUrl}/sandbox/launch?${q}`);
  return watched.page;
}

/** The access token fhirclient stored for this page (to read decisions back as that user). */
async function accessToken(page: Page): Promise<string> {
  return page.evaluate(() => {
    const key = JSON.parse(sessionStorage.getItem('SMART_KEY') ?? 'null') as string;
    return (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { tokenResponse: { access_token: string } }).tokenResponse.access_token;
  });
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  requireBrowserTestPrerequisites();
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await startTestServer();
  browser = await startChromium();
});

afterEach(() => closeWatchedPages(opened, (errors) => expect(errors, 'browser console errors').toEqual([])));

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('clinician workspace', () => {
  test('launch to differential, reasoning, reject with reason, missed diagnosis, read back', async () => {
    const started = Date.now();
    const page = await launch(TYPICAL, 'sandbox-clinician-2');
    const ranked = page.getByTestId('ranked-list').getByTestId('diagnosis');
    await ranked.first().waitFor({ state: 'visible', timeout: 30_000 });
    console.info(`launch to differential: ${Date.now() - started} ms`);
    const count = await ranked.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(10);
    expect(await page.getByTestId('ai-label').innerText()).toMatch(/AI-generated/);
    expect(await page.getByTestId('model-label-link').getAttribute('href')).toMatch(/^\/model-label\/\?model=ddx-lr-engine&version=[\d.]+&knowledge=[\d.]+$/);
    await page.getByTestId('cant-miss').waitFor();
    // Nothing is pre-selected.
    expect(await page.getByTestId('decision-made').count()).toBe(0);

    // Reasoning of the first diagnosis: prior with citation, finding steps with chart sources.
    const first = ranked.first();
    await first.getByTestId('toggle-reasoning').click();
    await first.getByTestId('step-prior').waitFor();
    expect(await first.getByTestId('step-finding').count()).toBeGreaterThan(0);
    expect(await first.getByTestId('citation').count()).toBeGreaterThan(0);
    // The leading diagnosis of this story rests on chart findings: each step names the chart record it was read from.
    const sources = first.getByTestId('step-finding').getByTestId('chart-source');
    expect(await sources.count()).toBeGreaterThan(0);
    const source = sources.first();
    await source.locator('summary').click();
    expect(await source.innerText()).toMatch(/Chart record\s+(Observation|Condition|Encounter|MedicationRequest|AllergyIntolerance|Patient)\/[A-Za-z0-9.-]+/);

    // Reject the second suggestion with a reason and a comment.
    const second = ranked.nth(1);
    const rejectedId = await second.getAttribute('data-condition');
    await second.getByTestId('reject').click();
    await second.getByTestId('reject-reason').selectOption('ruled-out-by-test');
    await second.getByTestId('reject-comment').fill('CT negative');
    await second.getByTestId('reject-submit').click();
    await second.getByTestId('decision-made').waitFor();

    // The patient disputes the second one: recorded with what they dispute, beside the clinician's rejection.
    await second.getByTestId('add-dispute').click();
    await second.getByTestId('dispute-text').fill('Thinks it is just a pulled muscle');
    await second.getByTestId('dispute-submit').click();
    expect(await second.getByTestId('dispute-recorded').innerText()).toContain('Thinks it is just a pulled muscle');
    expect(await second.getByTestId('decision-made').innerText()).toMatch(/Rejected/i);

    // Add a missed diagnosis as free text.
    await page.getByTestId('missed-free-text').fill('Costochondritis');
    await page.getByTestId('missed-add').click();
    await page.getByTestId('missed-list').waitFor();
    await screenshot(page, 'workspace-differential-640');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // Read the decisions back through the API with this user's token.
    const token = await accessToken(page);
    const headers = { authorization: `Bearer ${token}`, 'x-fhir-server': `${server.baseUrl}/sandbox/fhir` };
    const sets = (await server.handle.store.db.query<{ id: string }>('SELECT set_id AS id FROM decisions ORDER BY created_at DESC LIMIT 1')).rows;
    await expect
      .poll(async () => {
        const res = await fetch(`${server.baseUrl}/api/decisions?setId=${sets[0]?.id}`, { headers });
        return res.ok ? ((await res.json()) as DecisionsResponse).decisions.map((d) => d.outcome).sort() : [];
      })
      .toEqual(['added-missed', 'patient-disputes', 'rejected']);
    const read = (await (await fetch(`${server.baseUrl}/api/decisions?setId=${sets[0].id}`, { headers })).json()) as DecisionsResponse;
    expect(read.decisions.find((d) => d.outcome === 'rejected')).toMatchObject({ conditionId: rejectedId, reasonCode: 'ruled-out-by-test', comment: 'CT negative' });
    expect(read.decisions.find((d) => d.outcome === 'added-missed')?.freeTextDiagnosis).toBe('Costochondritis');
    expect(read.decisions.find((d) => d.outcome === 'patient-disputes')).toMatchObject({ conditionId: rejectedId, comment: 'Thinks it is just a pulled muscle' });
  });

  test('rejecting a diagnosis after writing it to the chart offers to retract it, and retracting marks it entered in error', async () => {
    const page = await launch(TYPICAL, 'sandbox-clinician-2');
    const first = page.getByTestId('ranked-list').getByTestId('diagnosis').first();
    await first.waitFor({ state: 'visible', timeout: 30_000 });
    await first.getByTestId('accept').click();
    await first.getByTestId('write-provisional').click();
    const done = first.getByTestId('write-back-done');
    await done.waitFor();
    const ref = /\((Condition\/[^)]+)\)/.exec(await done.innerText())?.[1] as string;
    expect(ref).toMatch(/^Condition\//);
    await first.getByTestId('change-decision').click();
    await first.getByTestId('reject').click();
    await first.getByTestId('reject-reason').selectOption('ruled-out-by-test');
    await first.getByTestId('reject-submit').click();
    await first.getByTestId('retract-offer').waitFor();
    await first.getByTestId('retract').click();
    expect(await first.getByTestId('retract-done').innerText()).toMatch(/entered in error/);
    const token = await accessToken(page);
    const condition = (await (await fetch(`${server.baseUrl}/sandbox/fhir/${ref}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { verificationStatus: { coding: { code: string }[] } };
    expect(condition.verificationStatus.coding[0].code).toBe('entered-in-error');
    // The quality team sees both the write-back and its retraction.
    await expect
      .poll(async () => (await server.handle.store.db.query<{ kind: string }>('SELECT kind FROM app_events ORDER BY created_at')).rows.map((r) => r.kind))
      .toEqual(expect.arrayContaining(['write-back', 'write-back-retracted']));
    await screenshot(page, 'workspace-retract-after-reject');
  });

  test('decisions, finding changes and missed diagnoses survive a reload and a relaunch; a changed differential marks earlier decisions; a missed diagnosis can be undone', async () => {
    const page = await launch('cp-02-patient', 'sandbox-clinician-2');
    const ranked = page.getByTestId('ranked-list').getByTestId('diagnosis');
    await ranked.first().waitFor({ state: 'visible', timeout: 30_000 });
    const firstId = await ranked.first().getAttribute('data-condition');
    const secondId = await ranked.nth(1).getAttribute('data-condition');
    await ranked.first().getByTestId('accept').click();
    await ranked.nth(1).getByTestId('reject').click();
    await ranked.nth(1).getByTestId('reject-reason').selectOption('ruled-out-by-test');
    await ranked.nth(1).getByTestId('reject-submit').click();
    await page.getByTestId('missed-free-text').fill('Costochondritis');
    await page.getByTestId('missed-add').click();
    expect(await page.getByTestId('missed-status').innerText()).toMatch(/Added “Costochondritis”/);
    // The undo is offered once the server has stored it.
    await expect.poll(() => page.getByTestId('missed-undo').innerText()).toBe('Undo');

    const card = (p: Page, id: string | null) => p.locator(`[data-testid="diagnosis"][data-condition="${id}"]`).first();
    const expectRestored = async (p: Page): Promise<void> => {
      await card(p, firstId).getByTestId('decision-made').waitFor({ timeout: 30_000 });
      expect(await card(p, firstId).getByTestId('decision-made').innerText()).toMatch(/Accepted/);
      expect(await card(p, secondId).getByTestId('decision-made').innerText()).toMatch(/Rejected/);
      expect(await p.getByTestId('missed-list').innerText()).toContain('Costochondritis');
      // Same chart, same request: nothing is marked as decided on an earlier differential.
      expect(await p.getByTestId('decision-earlier').count()).toBe(0);
    };
    await page.reload();
    await expectRestored(page);

    // A relaunch from the EHR restores the same work.
    const again = await launch('cp-02-patient', 'sandbox-clinician-2');
    await expectRestored(again);

    // A finding change recomputes the differential: the earlier decisions are marked as such.
    await again.getByTestId('findings-toggle').click();
    const findings = again.getByTestId('findings-panel').getByTestId('finding');
    await findings.first().getByRole('button', { name: /^Remove/ }).click();
    await card(again, firstId).getByTestId('decision-earlier').waitFor({ timeout: 30_000 });
    await screenshot(again, 'workspace-decision-on-earlier-differential');

    // Undo the missed diagnosis: confirmed on screen, and withdrawn on the server.
    await again.getByTestId('missed-undo').click();
    await expect.poll(() => again.getByTestId('missed-status').innerText()).toMatch(/Withdrawn: “Costochondritis”/);
    expect(await again.getByTestId('missed-list').count()).toBe(0);
    await expect
      .poll(async () => (await server.handle.store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM app_events WHERE kind = 'missed-withdrawn'")).rows[0].n)
      .toBe(1);
    // The finding change survives a reload too.
    const removed = await findings.count();
    await again.reload();
    await card(again, firstId).getByTestId('decision-made').waitFor({ timeout: 30_000 });
    await again.getByTestId('findings-toggle').click();
    await expect.poll(() => again.getByTestId('findings-panel').getByTestId('finding').count()).toBe(removed);
    expect(await again.getByTestId('missed-list').count()).toBe(0);
  });

  test('every decision is reachable from the keyboard, with the keys listed on screen (1024x768 and 640x900)', async () => {
    for (const [width, height, patient] of [
      [1024, 768, 'cp-04-patient'],
      [640, 900, 'cp-05-patient'],
    ] as const) {
      const page = await launch(patient, 'sandbox-clinician-2', { width, height });
      const ranked = page.getByTestId('ranked-list').getByTestId('diagnosis');
      await ranked.first().waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.getByTestId('shortcut-help').innerText()).toMatch(/j\/k move between diagnoses, a accept, r reject/);
      // j focuses the first card, a accepts it.
      await page.keyboard.press('j');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('diagnosis');
      await page.keyboard.press('a');
      await ranked.first().getByTestId('decision-made').waitFor();
      expect(await ranked.first().getByTestId('decision-made').innerText()).toMatch(/Accepted/);
      // j to the second, r opens the reason list with the focus in it; the reason is chosen by keyboard too.
      await page.keyboard.press('j');
      await page.keyboard.press('r');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reject-reason');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await ranked.nth(1).getByTestId('decision-made').waitFor();
      expect(await ranked.nth(1).getByTestId('decision-made').innerText()).toMatch(/Rejected/);
      // Typing in a field never triggers a shortcut; m jumps to the missed-diagnosis search.
      await page.keyboard.press('m');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('missed-search-input');
      await page.keyboard.type('ar');
      expect(await ranked.nth(2).getByTestId('decision-made').count()).toBe(0);
      // ? opens the full list; focus is visible on the focused card.
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('?');
      await expect.poll(() => page.getByTestId('shortcut-help').getAttribute('open')).not.toBeNull();
      await page.keyboard.press('k');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
      expect(outline).toBe('solid');
      const violations = await seriousAxeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await screenshot(page, `workspace-keyboard-${width}x${height}`);
    }
  });

  test.each([
    [1024, 768],
    [640, 900],
  ])('first screen at %dx%d: problem, as-of time, leading diagnoses with bands and the can’t-miss list, without scrolling', async (width, height) => {
    const page = await launch(TYPICAL, 'sandbox-clinician-2', { width, height });
    const glance = page.getByTestId('at-a-glance');
    await glance.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await glance.innerText();
    expect(text).toMatch(/Leading: .+\((very likely|likely|possible|unlikely|very unlikely)\)/);
    expect(text).toMatch(/Can.t miss: /);
    // The age and sex the reasoning used are shown with the reference time.
    expect(await page.getByTestId('patient-used').innerText()).toMatch(/Reasoned for: \d+ years, (male|female)/);
    for (const id of ['as-of', 'patient-used', 'at-a-glance']) {
      const box = await page.getByTestId(id).first().boundingBox();
      expect(box, id).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), `${id} within the first screen`).toBeLessThanOrEqual(height);
    }
    expect(await page.getByTestId('ai-label').innerText()).toMatch(/Presenting problem: \S/);
    // Each entry links to its card.
    const href = await glance.locator('a').first().getAttribute('href');
    expect(await page.locator(href as string).count()).toBe(1);
    await screenshot(page, `workspace-first-screen-${width}x${height}`);
  });

  test('a finding removed by the clinician updates the differential at once', async () => {
    const page = await launch(TYPICAL, 'sandbox-clinician-2');
    const findings = page.getByTestId('findings-panel').getByTestId('finding');
    // The findings are collapsed under the differential until asked for.
    await page.getByTestId('findings-toggle').click({ timeout: 30_000 });
    await findings.first().waitFor({ state: 'visible', timeout: 30_000 });
    const before = await findings.count();
    // Every finding reads as the clinician would say it: no knowledge-base id ("temperature 38 5 or over").
    for (const text of await findings.getByTestId('finding-name').allInnerTexts()) {
      expect(text).not.toMatch(/\b[a-z0-9]+(-[a-z0-9]+){2,}\b/);
      expect(text).not.toMatch(/\b\d+ \d+ or (over|more|less)\b/);
    }
    const id = await findings.first().getAttribute('data-finding');
    await findings.first().getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => page.locator(`[data-testid="finding"][data-finding="${id}"]`).count()).toBe(0);
    expect(await findings.count()).toBe(before - 1);
    await page.getByRole('button', { name: /\(restore\)/ }).first().click();
    await expect.poll(() => findings.count()).toBe(before);
  });

  test('clinician-first mode asks for the clinician’s diagnoses before revealing the AI’s', async () => {
    const page = await launch(TYPICAL, 'sandbox-clinician-1');
    await page.getByTestId('clinician-first').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.getByTestId('differential').count()).toBe(0);
    await page.getByTestId('own-free-text').fill('Acute coronary syndrome');
    await page.getByTestId('own-add').click();
    expect(await page.getByTestId('own-list').innerText()).toBe('Acute coronary syndrome');
    await page.getByTestId('reveal-ai').click();
    await page.getByTestId('differential').waitFor();
    // The clinician's own list stays beside the AI's, with where each item sits in it.
    expect(await page.getByTestId('own-differential').innerText()).toMatch(/Acute coronary syndrome \(free text: not matched to the AI’s list\)/);
    await screenshot(page, 'workspace-clinician-first-revealed');
    // The clinician's own diagnosis is stored as they typed it, once, with the suggestion set they were shown.
    const stored = async (): Promise<{ clinician_differential: unknown; set_id: string | null }[]> =>
      (await server.handle.store.db.query<{ clinician_differential: unknown; set_id: string | null }>("SELECT clinician_differential, set_id FROM decisions WHERE outcome = 'clinician-differential'")).rows;
    await expect.poll(async () => (await stored()).map((r) => r.clinician_differential)).toEqual([[{ text: 'Acute coronary syndrome' }]]);
    expect((await stored())[0].set_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the opt-out patient gets no suggestions and a plain message', async () => {
    const page = await launch(OPTED_OUT, 'sandbox-clinician-2');
    const notice = page.getByTestId('opted-out');
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await notice.innerText()).toMatch(/opted out of AI decision support/);
    expect(await page.getByTestId('differential').count()).toBe(0);
    expect(await page.getByTestId('diagnosis').count()).toBe(0);
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await screenshot(page, 'workspace-opted-out');
  });
});
