import { describe, expect, test } from 'vitest';
import { planChartReads, readChart, runRead, type FhirGet } from './read-chart';

const obs = (id: string) => ({ resourceType: 'Observation', id, status: 'final', code: {} });

describe('runRead', () => {
  test('follows next links up to the page limit and says what was not read', async () => {
    const get: FhirGet = async (url) => ({ resourceType: 'Bundle', entry: [{ resource: obs(url) }], link: [{ relation: 'next', url: `${url}+` }] });
    const { resources, read } = await runRead(get, { label: 'Observations', resourceType: 'Observation', url: 'Observation?p', maxPages: 2 });
    expect(resources.map((r) => r.id)).toEqual(['Observation?p', 'Observation?p+']);
    expect(read).toMatchObject({ status: 'partial', count: 2, detail: expect.stringMatching(/only the 2 most recent/) });
  });

  test('skips malformed entries and counts them', async () => {
    const get: FhirGet = async () => ({ resourceType: 'Bundle', entry: [{ resource: obs('a') }, { resource: { resourceType: 'Patient', id: 'x' } }, {}] });
    const { read } = await runRead(get, { label: 'Observations', resourceType: 'Observation', url: 'Observation', maxPages: 1 });
    expect(read).toMatchObject({ status: 'partial', count: 1, detail: '2 malformed entries skipped' });
  });

  test.each([
    ['an HTTP error', async () => Promise.reject(Object.assign(new Error('x'), { status: 500 })), /answered 500/],
    ['a timeout', async () => Promise.reject(Object.assign(new Error('x'), { name: 'TimeoutError' })), /did not answer in time/],
    ['something that is not a Bundle', async () => ({ hello: 'world' }), /not a Bundle/],
  ])('reports %s as failed', async (_name, get, detail) => {
    const { read } = await runRead(get as FhirGet, { label: 'Conditions', resourceType: 'Condition', url: 'Condition', maxPages: 1 });
    expect(read).toMatchObject({ status: 'failed', detail: expect.stringMatching(detail) });
  });
});

describe('readChart', () => {
  test('reads every type, reports progress and drops duplicates', async () => {
    const progress: string[][] = [];
    const get: FhirGet = async (url) =>
      url.startsWith('Patient/') ? { resourceType: 'Patient', id: 'p1' } : url.startsWith('Observation') ? { resourceType: 'Bundle', entry: [{ resource: obs('o1') }, { resource: obs('o1') }] } : { resourceType: 'Bundle' };
    const chart = await readChart(get, planChartReads('p1'), (reads) => progress.push(reads.map((r) => r.status)));
    expect(chart.resources.map((r) => `${r.resourceType}/${r.id}`)).toEqual(['Patient/p1', 'Observation/o1']);
    expect(chart.reads.every((r) => r.status === 'ok')).toBe(true);
    expect(progress[0].every((s) => s === 'loading')).toBe(true);
  });
});
