/**
 * The default store (embedded, on disk) journals what a hook call showed before answering (issue 16,
 * item 5): feedback sent the moment the cards arrive finds them, the journal is emptied once the database
 * has them, and they are still there after a restart.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { callCds } from './cds-harness';
import { fixtureChart, hookRequest } from '../builders/cds-request-builder';
import type { CdsCard } from '../../cds-hooks/types';

const parent = mkdtempSync(join(tmpdir(), 'ddx-journal-int-'));
const dir = join(parent, 'pglite');
const journalPath = `${dir}.cds-journal.ndjson`;
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(parent, { recursive: true, force: true });
});

describe('CDS Hooks journal in the app (embedded store on disk)', () => {
  test('cards are answerable at once, the journal empties, and they survive a restart', async () => {
    server = await startTestServer({ PGLITE_DIR: dir, CDS_FETCH_BUDGET_MS: '10000' });
    const shown = await callCds(server, 'ddx-patient-view', hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json')));
    expect(shown.status).toBe(200);
    const cards = shown.body.cards as CdsCard[];
    expect(cards.length).toBeGreaterThan(0);
    expect(existsSync(journalPath)).toBe(true);
    // Feedback straight away: the store waits for the journal, so the card is found.
    const res = await callCds(server, 'ddx-patient-view/feedback', { feedback: [{ card: cards[0].uuid, outcome: 'overridden', outcomeTimestamp: new Date().toISOString() }] });
    expect(res.status).toBe(200);
    expect(res.body.results[0].status).toBe('recorded');
    expect(readFileSync(journalPath, 'utf8')).toBe('');
    await server.stop();
    server = await startTestServer({ PGLITE_DIR: dir });
    for (const card of cards) {
      expect((await server.handle.store.findCard(card.uuid as string))?.uuid).toBe(card.uuid);
    }
  });
});
