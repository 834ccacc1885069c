/**
 * Browser test of the language-model panel (issue 18) against the real server, the sandbox EHR and a mock
 * OpenAI-compatible provider (MSW in this process intercepts the server's outgoing call; everything else
 * passes through): nothing is sent until the clinician asks; each line says where it comes from; a failure
 * leaves the engine's differential as it was. Needs the client build and /usr/bin/chromium.
 */
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { seriousAxeViolations } from './support/axe';
import { closeWatchedPages, openWatchedPage, requireBrowserTestPrerequisites, startChromium, type TestBrowser, type WatchedPage } from './support/chromium';

const LLM = 'https://llm.example.test/v1';
let asked = 0;
let reply: (user: string) => Response = () => new HttpResponse(null, { status: 503 });
const mock = setupServer(
  http.post(`${LLM}/chat/completions`, async ({ request }) => {
    asked++;
    const body = (await request.json()) as { messages: { content: string }[] };
    return reply(body.messages[1].content);
  }),
  http.all('*', () => passthrough()),
);

let server: RunningServer;
let browser: TestBrowser;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  requireBrowserTestPrerequisites();
  mock.listen({ onUnhandledRequest: 'bypass' });
  server = await startTestServer({ LLM_BASE_URL: LLM, LLM_MODEL: 'gpt-4o', LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '0' });
  browser = await startChromium();
});

afterEach(() => closeWatchedPages(opened, (errors) => expect(errors, 'browser console errors').toEqual([])));

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  mock.close();
});

describe('language model panel', () => {
  test('asks only on request; shows the checked suggestions with their source; a failure leaves the differential alone', async () => {
    const watched = await openWatchedPage(browser.context, { width: 640, height: 900 });
    opened.push(watched);
    const { page } = watched;
    await page.goto(`${server.baseUrl}/sandbox/launch?${new URLSearchParams({ patient: 'cp-01-patient', user: 'sandbox-clinician-2', mode: 'window' })}`);
    const ranked = page.getByTestId('ranked-list').getByTestId('diagnosis');
    await ranked.first().waitFor({ state: 'visible', timeout: 30_000 });
    const panel = page.getByTestId('language-model');
    await panel.waitFor();
    expect(await panel.innerText()).toMatch(/no name, date, identifier or\s+free text from the chart/);
    expect(asked).toBe(0);

    // A provider failure: a status line, and the engine's list unchanged.
    const before = await ranked.allInnerTexts();
    await panel.getByTestId('ask-language-model').click();
    await expect.poll(async () => panel.getByRole('status').innerText()).toMatch(/refused the request|could not be reached/);
    expect(await ranked.allInnerTexts()).toEqual(before);

    // A good answer: one line the engine ranks too, one it does not know, one with an invented finding only (dropped).
    reply = (user) => {
      const id = (name: RegExp): string => new RegExp(`(F\\d+): [^\\n]*${name.source}[^\\n]*: present`).exec(user)?.[1] ?? 'F999';
      const troponin = id(/troponin/i);
      const answer = {
        diagnoses: [
          { name: 'Acute coronary syndrome', snomed: '394659003', icd10cm: 'I24.9', findings: [troponin], rationale: 'Raised troponin.', references: [] },
          { name: 'Takotsubo cardiomyopathy', snomed: '441541006', icd10cm: 'I51.81', findings: [troponin], rationale: 'Troponin rise without occlusion.', references: [] },
          { name: 'Pulmonary embolism', snomed: '59282003', icd10cm: 'I26.99', findings: ['F999'], rationale: 'Invented.', references: [] },
        ],
      };
      return HttpResponse.json({ model: 'gpt-4o-2024-08-06', choices: [{ finish_reason: 'stop', message: { content: JSON.stringify(answer) } }] });
    };
    await panel.getByTestId('ask-language-model').click();
    const lines = panel.getByTestId('llm-suggestion');
    await expect.poll(async () => lines.count()).toBe(2);
    expect(await lines.nth(0).getAttribute('data-source')).toBe('both');
    expect(await lines.nth(0).innerText()).toMatch(/Engine: .*rank \d+\); also suggested by the language model/);
    // Each cited finding links to the chart record it was read from.
    expect(await lines.nth(0).getByTestId('chart-source').count()).toBeGreaterThan(0);
    expect(await lines.nth(1).getAttribute('data-source')).toBe('llm-only');
    expect(await lines.nth(1).innerText()).toMatch(/Suggested by the language model, not quantified/);
    expect(await panel.getByTestId('llm-dropped').innerText()).toMatch(/1 cited findings not in the chart or absent, 1 diagnoses without chart\s+evidence/);
    expect(await ranked.allInnerTexts()).toEqual(before);
    // The line the engine ranks too is decided on the engine's line; the model-only line has its own accept and reject.
    expect(await lines.nth(0).getByTestId('accept').count()).toBe(0);
    expect(await lines.nth(0).innerText()).toMatch(/Decide on the engine’s line/);
    expect(await lines.nth(1).getByTestId('dispute').count()).toBe(0);
    await lines.nth(1).getByTestId('reject').click();
    await lines.nth(1).getByTestId('reject-reason').selectOption('already-addressed');
    await lines.nth(1).getByTestId('reject-submit').click();
    await expect.poll(async () => lines.nth(1).getByTestId('llm-decided').innerText()).toMatch(/Rejected: Already considered or addressed/);
    await lines.nth(1).getByTestId('llm-change-decision').click();
    await lines.nth(1).getByTestId('accept').click();
    await expect.poll(async () => lines.nth(1).getByTestId('llm-decided').innerText()).toMatch(/Accepted \(recorded; not written to the chart\)/);
    const stored = async (): Promise<string[][]> =>
      (await server.handle.store.db.query<{ outcome: string; suggestion_source: string; llm_line: string }>("SELECT outcome, suggestion_source, llm_line FROM decisions WHERE llm_line IS NOT NULL ORDER BY created_at, id")).rows.map((r) => [r.outcome, r.suggestion_source, r.llm_line]);
    await expect.poll(stored).toEqual([
      ['rejected', 'llm-only', 'snomed:441541006'],
      ['accepted', 'llm-only', 'snomed:441541006'],
    ]);
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});
