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
});
