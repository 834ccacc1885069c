/**
 * Time from EHR launch to the differential rendered, in headless chromium through the real SMART
 * launch against the sandbox: from navigating to the sandbox launch URL until the ranked list is
 * visible. Median of several runs, for a typical patient and for the 2,000-resource chart.
 */
import { startTestServer } from '../../tests/setup/test-server';
import { startChromium } from '../../tests/e2e/support/chromium';
import { percentile } from './stats';

export interface LaunchTiming {
  patient: string;
  runsMs: number[];
  medianMs: number;
}

/**
 * @param patients - sandbox patient ids
 * @param runs - launches per patient
 * @returns timings per patient
 */
export async function benchLaunchToDifferential(patients: readonly string[], runs = 5): Promise<LaunchTiming[]> {
  const server = await startTestServer();
  const browser = await startChromium();
  const out: LaunchTiming[] = [];
  try {
    for (const patient of patients) {
      const times: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const page = await browser.context.newPage();
        const url = `${server.baseUrl}/sandbox/launch?patient=${encodeURIComponent(patient)}&user=sandbox-clinician-2&mode=window`;
        const started = performance.now();
        await page.goto(url);
        await page.waitForSelector('[data-testid="ranked-list"]', { timeout: 60_000 });
        const ms = Math.round(performance.now() - started);
        if (i > 0) {
          times.push(ms); // the first run warms caches and is not counted
        }
        await page.close();
      }
      out.push({ patient, runsMs: times, medianMs: percentile(times, 50) });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return out;
}
