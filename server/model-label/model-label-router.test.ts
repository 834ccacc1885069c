import express from 'express';
import { ENGINE_MODEL } from '../reasoning/build-differential';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { createModelLabelRouter } from './model-label-router';
import type { ModelLabel } from './build-model-label';

let server: Server;
let base: string;
const kb = loadKnowledge();

beforeAll(async () => {
  const app = express();
  app.use('/model-label', createModelLabelRouter(kb));
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('model label', () => {
  test('data names the model, the knowledge counts, every unverified citation and the policy', async () => {
    const label = (await (await fetch(`${base}/model-label/label.json`)).json()) as ModelLabel;
    expect(label.model.id).toBe('ddx-lr-engine');
    expect(label.knowledge.version).toBe(kb.manifest.version);
    expect(label.unverifiedCitations).toHaveLength([...kb.citations.values()].filter((c) => c.status === 'unverified').length);
    expect(label.policy.map((p) => p.name)).toContain('defaultCantMissThreshold');
    expect(label.policy.find((p) => p.name === 'cantMissThreshold.pulmonary-embolism')?.value).toBe(0.018);
    expect(label.policy.every((p) => p.rationale.length > 10)).toBe(true);
  });

  test('the page says when the version asked for is not the one running', async () => {
    const html = await (await fetch(`${base}/model-label/?model=ddx-lr-engine&version=0.9.0&knowledge=0.1.0`)).text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('0.9.0');
    const current = await (await fetch(`${base}/model-label/?model=ddx-lr-engine&version=${ENGINE_MODEL.version}&knowledge=${kb.manifest.version}`)).text();
    expect(current).not.toContain('role="alert"');
  });

  test('escapes what it shows', async () => {
    const html = await (await fetch(`${base}/model-label/?version=<script>alert(1)</script>`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  test('the page shows every HTI-1 attribute group and is printable; the data and the CHAI card are linked', async () => {
    const html = await (await fetch(`${base}/model-label/`)).text();
    for (const heading of ['(1) Details and output of the intervention', '(4) Intervention development details and input features', '(7) Quantitative measures of performance', '(9) Update and continued validation or fairness assessment schedule']) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('@media print');
    expect(html).toContain('href="chai.xml"');
    expect(html).toContain('Not available: No external validation');
  });

  test('versions are listed; the running one and the archived ones are served; an unknown version is a 404', async () => {
    const versions = (await (await fetch(`${base}/model-label/versions.json`)).json()) as { current: string; archived: string[] };
    expect(versions.current).toBe(`${ENGINE_MODEL.version}+kb.${kb.manifest.version}`);
    expect(versions.archived).toContain(versions.current);
    const byVersion = (await (await fetch(`${base}/model-label/${encodeURIComponent(versions.current)}/label.json`)).json()) as { label: { labelVersion: string } };
    expect(byVersion.label.labelVersion).toBe(versions.current);
    expect((await fetch(`${base}/model-label/0.0.1+kb.0.0.1/label.json`)).status).toBe(404);
    const xml = await fetch(`${base}/model-label/chai.xml`);
    expect(xml.headers.get('content-type')).toMatch(/application\/xml/);
    expect(await xml.text()).toContain('<AppliedModelCard');
  });

  test('a card of an earlier version links to that version’s archived label, shown as it was', async () => {
    const html = await (await fetch(`${base}/model-label/?model=ddx-lr-engine&version=2.0.0&knowledge=2.0.0`)).text();
    expect(html).toContain('Archived label of version 2.0.0+kb.2.0.0');
    expect(html).toContain('knowledge 2.0.0');
    expect(html).not.toContain('role="alert"');
    const data = (await (await fetch(`${base}/model-label/2.0.0/label.json`)).json()) as { label: { labelVersion: string; knowledge: { version: string } } };
    expect(data.label).toMatchObject({ labelVersion: '2.0.0+kb.2.0.0', knowledge: { version: '2.0.0' } });
  });
});

