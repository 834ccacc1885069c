/**
 * Browser test of the SMART app shell against the real server and the sandbox EHR:
 * EHR launch in a window and in the EHR frame, standalone launch through the sandbox picker,
 * the launch-required and access-denied pages, the wrong-patient guard, and axe on each page.
 * Needs the client build (`npx vite build`) and /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { seriousAxeViolations } from './support/axe';
import { CHROMIUM_PATH, openWatchedPage, startChromium, type TestBrowser, type WatchedPage } from './support/chromium';
import { expectedNameParts, listFixturePatients, type FixturePatient } from './support/fixture-patients';

const SCREENSHOTS = resolve('test-output/screenshots');
const CLINICIAN = 'sandbox-clinician-1';

let server: RunningServer;
let browser: TestBrowser;
let patients: FixturePatient[];
/** A page, the access tokens the sandbox's token endpoint gave it, and whether the test expects it to get one. */
interface LaunchPage extends WatchedPage {
  readonly issued: Promise<string | undefined>[];
  readonly expectsToken: boolean;
}
const opened: LaunchPage[] = [];

/**
 * Opens a page that the afterEach hook checks for console errors and token leaks. The tokens checked
 * are those the token endpoint issued to the page (read from the responses), so the check does not
 * depend on where the app keeps them; a page whose launch should succeed must have been issued one.
 */
async function openPage(viewport?: { width: number; height: number }, options: { expectsToken?: boolean } = {}): Promise<LaunchPage> {
  const watched = await openWatchedPage(browser.context, viewport);
  const issued: Promise<string | undefined>[] = [];
  watched.page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/sandbox/auth/token' && response.request().method() === 'POST') {
      issued.push(
        response
          .json()
          .then((body: { access_token?: unknown }) => (typeof body.access_token === 'string' ? body.access_token : undefined))
          .catch(() => undefined),
      );
    }
  });
  const page: LaunchPage = { ...watched, issued, expectsToken: options.expectsToken ?? true };
  opened.push(page);
  return page;
}

function ehrLaunchUrl(patientId: string, mode: 'window' | 'iframe'): string {
  const q = new URLSearchParams({ patient: patientId, user: CLINICIAN, mode });
  return `${server.baseUrl}/sandbox/launch?${q}`;
}

async function expectNoSeriousA11yIssues(target: Page | Frame): Promise<void> {
  const violations = await seriousAxeViolations(target);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Every access token stored by fhirclient in this page's sessionStorage. */
async function storedAccessTokens(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(sessionStorage)
      .map((k) => {
        try {
          return (JSON.parse(sessionStorage.getItem(k) ?? 'null') as { tokenResponse?: { access_token?: string } } | null)?.tokenResponse?.access_token;
        } catch {
          return undefined;
        }
      })
      .filter((t): t is string => typeof t === 'string'),
  );
}

async function expectBannerFor(page: Page, fixture: FixturePatient): Promise<void> {
  const banner = page.getByTestId('patient-banner');
  await banner.waitFor({ state: 'visible', timeout: 20_000 });
  const name = await page.getByTestId('patient-name').innerText();
  for (const part of expectedNameParts(fixture.patient)) {
    expect(name).toContain(part);
  }
  await expect.poll(() => banner.getByTestId('patient-context').innerText()).toBe(fixture.id);
  if (fixture.patient.birthDate) {
    expect(await page.getByTestId('patient-birth-date').innerText()).toBe(fixture.patient.birthDate);
  }
  if (fixture.patient.gender) {
    expect((await page.getByTestId('patient-sex').innerText()).toLowerCase()).toBe(fixture.patient.gender);
  }
}

beforeAll(async () => {
  if (!existsSync(resolve('dist/client/index.html')) || !existsSync(resolve('dist/client/launch.html'))) {
    throw new Error('The client build is missing: run `npx vite build` before the e2e tests');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await startTestServer();
  patients = listFixturePatients(server.handle.config.fixturesDir);
  if (patients.length === 0) {
    throw new Error(`No synthetic patients in ${server.handle.config.fixturesDir}/patients; the sandbox has nothing to launch`);
  }
  browser = await startChromium();
});

afterEach(async () => {
  const pages = opened.splice(0);
  for (const { page, consoleLines, errors, issued, expectsToken } of pages) {
    const fromEndpoint = (await Promise.all(issued)).filter((t): t is string => t !== undefined);
    const stored = await storedAccessTokens(page);
    await page.close();
    expect(errors, 'browser console errors').toEqual([]);
    if (expectsToken) {
      expect(fromEndpoint.length, 'access tokens issued to a page whose launch succeeds').toBeGreaterThan(0);
      expect(stored.length, 'access tokens kept by the app').toBeGreaterThan(0);
    }
    for (const token of new Set([...fromEndpoint, ...stored])) {
      expect(consoleLines.filter((line) => line.includes(token)), 'access token printed to the console').toEqual([]);
    }
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('SMART app shell in the sandbox EHR', () => {
  test('EHR launch in a window shows the banner of the launched patient, at one third of 1920 px', async () => {
    const fixture = patients[0];
    const { page } = await openPage({ width: 640, height: 900 });
    await page.goto(ehrLaunchUrl(fixture.id, 'window'));
    await expectBannerFor(page, fixture);

    // fhirclient removed code and state from the redirect URL.
    expect(new URL(page.url()).pathname).toBe('/index.html');
    expect(new URL(page.url()).search).toBe('');
    // sandbox-clinician-1 works clinician-first: the workspace asks for their diagnoses before the AI's.
    await page.getByTestId('clinician-first').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.getByTestId('launch-required').count()).toBe(0);

    // Landmarks and headings.
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    // No horizontal scrolling at 640 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);

    await expectNoSeriousA11yIssues(page);
    await screenshot(page, 'ehr-launch-window-640');

    // A reload inside the same launch keeps working (state is in this tab's sessionStorage).
    await page.reload();
    await expectBannerFor(page, fixture);
  });

  test('EHR launch in the EHR frame hides the banner but shows the patient context', async () => {
    const fixture = patients[0];
    const { page } = await openPage({ width: 1920, height: 1080 });
    await page.goto(ehrLaunchUrl(fixture.id, 'iframe'));
    await page.getByTestId('ehr-banner').waitFor();

    const frameElement = page.getByTestId('app-frame');
    await frameElement.waitFor();
    const app = page.frameLocator('[data-testid="app-frame"]');
    const context = app.getByTestId('patient-context');
    await context.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await context.innerText()).toBe(`Patient context: ${fixture.id}`);
    expect(await app.getByTestId('patient-banner').count()).toBe(0);
    await app.getByTestId('clinician-first').waitFor({ state: 'visible', timeout: 20_000 });

    const frame = page.frames().find((f) => new URL(f.url()).pathname === '/index.html');
    expect(frame, 'the app frame ends on index.html').toBeDefined();
    expect((await frameElement.boundingBox())?.width).toBeLessThanOrEqual(642);
    expect(await (frame as Frame).evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await expectNoSeriousA11yIssues(frame as Frame);
    await screenshot(page, 'ehr-launch-iframe');
  });

  test('opening index.html directly shows the launch-required page, not a crash', async () => {
    const { page } = await openPage(undefined, { expectsToken: false });
    await page.goto(`${server.baseUrl}/index.html`);
    const notice = page.getByTestId('launch-required');
    await notice.waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Launch this app from the patient chart');
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByTestId('patient-banner').count()).toBe(0);
    await expectNoSeriousA11yIssues(page);
    await screenshot(page, 'launch-required');
  });

  test('opening launch.html without `iss` explains how to launch instead of failing', async () => {
    const { page } = await openPage(undefined, { expectsToken: false });
    await page.goto(`${server.baseUrl}/launch.html`);
    await page.locator('[data-testid="launch-required"]').waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Launch this app from the patient chart');
    expect(await page.getByRole('alert').innerText()).toContain('does not say which EHR');
    await expectNoSeriousA11yIssues(page);
    await screenshot(page, 'launch-missing-iss');
  });

  test('standalone launch goes through the sandbox patient picker and shows the picked patient', async () => {
    const fixture = patients[patients.length - 1];
    const { page } = await openPage();
    const iss = `${server.baseUrl}/sandbox/fhir`;
    await page.goto(`${server.baseUrl}/launch.html?iss=${encodeURIComponent(iss)}`);
    await page.waitForURL((url) => url.pathname === '/sandbox/auth/select');
    // The app asked for launch/patient, not launch, in a standalone launch.
    expect(await page.locator('code').first().innerText()).toContain('launch/patient');
    await page.getByTestId(`pick-patient-${fixture.id}`).check();
    await page.getByTestId(`pick-user-${CLINICIAN}`).check();
    await page.getByTestId('picker-approve').click();
    await page.waitForURL((url) => url.pathname === '/index.html');
    await expectBannerFor(page, fixture);
    await screenshot(page, 'standalone-launch');
  });

  test('a quality reviewer launches without a patient into the dashboard: chart and table agree, no patient data, usable at 1024x768', async () => {
    // Two shown suggestions, one overridden with a comment that names someone.
    const store = server.handle.store;
    const set = await store.recordSuggestionSet({
      idempotencyKey: `e2e-quality-${Date.now()}`,
      surface: 'app',
      fhirServer: `${server.baseUrl}/sandbox/fhir`,
      patientRef: 'Patient/e2e',
      userRef: 'Practitioner/sandbox-clinician-1',
      modelId: 'ddx',
      modelVersion: 'e2e',
      knowledgeVersion: 'e2e',
      knowledgeHash: 'h',
      inputHash: 'i',
      setting: 'emergency',
      findings: [],
      output: {},
      subgroup: { ageBand: '40-64', sex: 'female' },
      suggestions: [
        { conditionId: 'pulmonary-embolism', rank: 1, probability: 0.2, band: 'possible', cantMiss: true },
        { conditionId: 'pneumonia', rank: 2, probability: 0.1, band: 'unlikely', cantMiss: false },
      ],
    });
    const pe = set.suggestions.find((x) => x.conditionId === 'pulmonary-embolism');
    await store.recordDecision({ idempotencyKey: `e2e-q-${Date.now()}`, setId: set.setId, suggestionId: pe?.id, conditionId: 'pulmonary-embolism', userRef: 'Practitioner/sandbox-clinician-1', fhirServer: `${server.baseUrl}/sandbox/fhir`, outcome: 'rejected', reasonCode: 'insufficient-data', comment: 'Wrong here, Dr Okafor already excluded it', source: 'app' });

    const { page } = await openPage({ width: 1024, height: 768 });
    const iss = `${server.baseUrl}/sandbox/fhir`;
    await page.goto(`${server.baseUrl}/launch.html?iss=${encodeURIComponent(iss)}&review=1`);
    await page.waitForURL((url) => url.pathname === '/sandbox/auth/select');
    // No patient is asked for: the picker offers users only, and the scopes name no patient data.
    expect(await page.locator('code').first().innerText()).not.toContain('patient');
    await page.getByTestId('pick-user-sandbox-quality-1').check();
    await page.getByTestId('picker-approve').click();
    await page.waitForURL((url) => url.pathname === '/index.html');
    await page.getByTestId('quality-dashboard').waitFor({ state: 'visible' });
    await page.getByTestId('breakdown-table').locator('tbody tr').first().waitFor({ state: 'visible' });
    expect(await page.getByTestId('patient-banner').count()).toBe(0);
    // The chart draws what the table says: one bar per breakdown row.
    const rows = await page.getByTestId('breakdown-table').locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('rate-bars').locator('svg > g').count()).toBe(5 + Math.min(rows, 15));
    const peRow = page.getByTestId('breakdown-table').locator('tbody tr', { hasText: 'pulmonary-embolism' });
    expect(await peRow.locator('td').nth(2).innerText()).not.toBe('0');
    expect(await page.getByTestId('trend-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    const comments = await page.getByTestId('comments').innerText();
    expect(comments).toContain('Dr [name] already excluded it');
    expect(comments).not.toContain('Okafor');
    // Usable at 1024x768: nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await expectNoSeriousA11yIssues(page);
    await screenshot(page, 'quality-dashboard');
  });

  test('a denied standalone authorization shows a clear access-not-granted page', async () => {
    const { page } = await openPage(undefined, { expectsToken: false });
    const iss = `${server.baseUrl}/sandbox/fhir`;
    await page.goto(`${server.baseUrl}/launch.html?iss=${encodeURIComponent(iss)}`);
    await page.waitForURL((url) => url.pathname === '/sandbox/auth/select');
    await page.getByTestId('picker-deny').click();
    const notice = page.getByTestId('launch-denied');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.innerText()).toContain('access_denied');
    expect(await page.getByTestId('patient-banner').count()).toBe(0);
    await expectNoSeriousA11yIssues(page);
    await screenshot(page, 'authorization-denied');
  });

  test('a failed token exchange shows a could-not-connect page without patient data', async () => {
    const fixture = patients[0];
    const watched = await openPage(undefined, { expectsToken: false });
    const { page } = watched;
    const tokenUrl = `${server.baseUrl}/sandbox/auth/token`;
    await page.route(tokenUrl, (route) =>
      route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: 'invalid_grant', error_description: 'Code expired' }) }),
    );
    await page.goto(ehrLaunchUrl(fixture.id, 'window'));
    const notice = page.getByTestId('launch-failed');
    await notice.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The app could not connect to the EHR');
    expect(await page.getByTestId('patient-banner').count()).toBe(0);
    await expectNoSeriousA11yIssues(page);
    await screenshot(page, 'launch-failed');
    // The browser itself logs the 400 from the token endpoint; that one is expected.
    const unexpected = watched.errors.filter((e) => !e.includes(tokenUrl));
    watched.errors.splice(0, watched.errors.length, ...unexpected);
  });

  test('two tabs launched for different patients each keep their own patient', async () => {
    const first = patients[0];
    const second = patients[patients.length - 1];
    const a = await openPage();
    const b = await openPage();
    await a.page.goto(ehrLaunchUrl(first.id, 'window'));
    await expectBannerFor(a.page, first);
    await b.page.goto(ehrLaunchUrl(second.id, 'window'));
    await expectBannerFor(b.page, second);
    await a.page.reload();
    await expectBannerFor(a.page, first);
  });

  test('hides patient data when this tab’s stored launch is replaced by another patient’s', async () => {
    const fixture = patients[0];
    const { page } = await openPage();
    await page.goto(ehrLaunchUrl(fixture.id, 'window'));
    await expectBannerFor(page, fixture);
    // Simulates another launch writing to the same browser storage (client-js #157/#199).
    await page.evaluate(() => {
      sessionStorage.setItem('other-launch', JSON.stringify({ tokenResponse: { patient: 'someone-else' } }));
      sessionStorage.setItem('SMART_KEY', JSON.stringify('other-launch'));
      window.dispatchEvent(new Event('focus'));
    });
    await page.getByTestId('patient-problem').waitFor({ state: 'visible' });
    expect(await page.getByTestId('patient-banner').count()).toBe(0);
    expect(await page.getByTestId('differential').count()).toBe(0);
    await screenshot(page, 'patient-context-replaced');
  });
});
