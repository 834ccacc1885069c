/**
 * The CDS Hooks journal (issue 16, item 5): a hook call's cards are on disk before they are returned, reach
 * the database just after, are never lost (crash, refusal) and are never missed by a later read.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { openPglite, type Database } from './database';
import { createStore, type ShownInput, type Store } from './store';
import { openShownJournal, withJournalBarrier } from './shown-journal';

const silent = { error: () => undefined, warn: () => undefined };

let created: string[] = [];
function shown(patient = 'Patient/secret-id-123'): ShownInput {
  const cardUuid = randomUUID();
  created.push(cardUuid);
  return {
    set: {
      idempotencyKey: randomUUID(),
      surface: 'cds-hooks',
      fhirServer: 'https://ehr.example/fhir',
      patientRef: patient,
      userRef: 'Practitioner/dr-who',
      modelId: 'ddx-lr-engine',
      modelVersion: '2.0.0',
      knowledgeVersion: '2.0.0',
      knowledgeHash: 'h',
      inputHash: 'i',
      setting: 'emergency',
      findings: [{ findingId: 'fever', present: true }],
      output: { differential: [{ conditionId: 'pe', rank: 1 }] },
      suggestions: [{ conditionId: 'pe', rank: 1, probability: 0.2, band: 'possible', cantMiss: true, cardUuid }],
    },
    cards: [{ uuid: cardUuid, serviceId: 'ddx-patient-view', hook: 'patient-view', kind: 'differential', conditionIds: ['pe'], suggestionUuids: [randomUUID()], summary: 's', indicator: 'info' }],
  };
}

describe('CDS Hooks journal', () => {
  let dir: string;
  let db: Database;
  let store: Store;
  // One database for the file (opening one takes seconds); each test counts only its own cards.
  beforeAll(async () => {
    db = await openPglite('memory');
    store = await createStore(db, 'secret');
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ddx-journal-'));
    created = [];
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const cardsStored = async (): Promise<number> => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cds_cards WHERE uuid = ANY ($1::text[])', [created])).rows[0].n;

  test('a write is on disk (pseudonymised) before the database has it; settled waits for it; the file is then emptied', async () => {
    const path = join(dir, 'j.ndjson');
    // A database that holds every statement until released: the write must not wait for it.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const journal = await openShownJournal(path, { ...store, applyShown: async (items) => (await gate, store.applyShown(items)) }, silent);
    const item = shown();
    journal.write(item);
    const onDisk = readFileSync(path, 'utf8');
    expect(onDisk.trim().split('\n')).toHaveLength(1);
    expect(onDisk).toContain(item.cards[0].uuid);
    expect(onDisk).not.toContain('secret-id-123');
    expect(onDisk).not.toContain('dr-who');
    expect(await cardsStored()).toBe(0);
    let settled = false;
    const done = journal.settled().then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    release();
    await done;
    expect(await cardsStored()).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('');
    await journal.close();
  });

  test('through the barrier, a read issued after a write sees the card (feedback on a card just shown)', async () => {
    const journal = await openShownJournal(join(dir, 'j.ndjson'), store, silent);
    const reader = await createStore(withJournalBarrier(db, journal), 'secret');
    const items = [shown(), shown(), shown()];
    items.forEach((i) => journal.write(i));
    const found = await reader.findCard(items[2].cards[0].uuid);
    expect(found?.uuid).toBe(items[2].cards[0].uuid);
    expect(await cardsStored()).toBe(3);
    await journal.close();
  });

  test('after a crash the journal is replayed on opening; items stored before the crash are not stored twice; a torn last line is skipped', async () => {
    const path = join(dir, 'j.ndjson');
    const before = store.prepareShown(shown());
    await store.applyShown([before]);
    const lost = [store.prepareShown(shown()), store.prepareShown(shown())];
    writeFileSync(path, [before, ...lost].map((p) => `${JSON.stringify(p)}\n`).join('') + '{"key":"torn');
    const journal = await openShownJournal(path, store, silent);
    expect(journal.replayed).toEqual({ applied: 2, skipped: 1, failed: 0 });
    expect(await cardsStored()).toBe(3);
    expect(readFileSync(path, 'utf8')).toBe('');
    await journal.close();
  });

  test('an item the database refuses is kept in the failed file, never lost, and stored on the next start', async () => {
    const path = join(dir, 'j.ndjson');
    let refuse = true;
    const flaky = { ...store, applyShown: async (items: Parameters<Store['applyShown']>[0]) => (refuse ? Promise.reject(new Error('database thread exited')) : store.applyShown(items)) };
    const journal = await openShownJournal(path, flaky, silent);
    const item = shown();
    journal.write(item);
    await journal.settled();
    await journal.close();
    expect(await cardsStored()).toBe(0);
    expect(readFileSync(`${path}.failed`, 'utf8')).toContain(item.cards[0].uuid);
    refuse = false;
    const again = await openShownJournal(path, flaky, silent);
    expect(again.replayed).toEqual({ applied: 1, skipped: 0, failed: 0 });
    expect(await cardsStored()).toBe(1);
    expect(existsSync(`${path}.failed`)).toBe(false);
    await again.close();
  });

  test('one refused item in a batch does not take its neighbours with it', async () => {
    const path = join(dir, 'j.ndjson');
    const journal = await openShownJournal(path, store, silent);
    const good = shown();
    const bad = shown();
    // A card uuid that exists already: the database refuses that item.
    const existing = store.prepareShown(shown());
    await store.applyShown([existing]);
    bad.cards = [{ ...bad.cards[0], uuid: String(existing.cards[0].uuid) }];
    journal.write(good);
    journal.write(bad);
    await journal.settled();
    expect(await store.findCard(good.cards[0].uuid)).toBeDefined();
    expect(readFileSync(`${path}.failed`, 'utf8')).toContain(bad.set.idempotencyKey);
    await journal.close();
  });

  test('with a long linger, a read through the barrier does not wait for it: settling flushes what is waiting', async () => {
    const journal = await openShownJournal(join(dir, 'j.ndjson'), store, silent, { lingerMs: 60_000 });
    journal.write(shown());
    journal.write(shown());
    // Without the flush this read would wait a minute for the linger, beyond the test's timeout.
    const barrier = withJournalBarrier(db, journal);
    const n = (await barrier.query<{ n: number }>('SELECT count(*)::int AS n FROM cds_cards WHERE uuid = ANY ($1::text[])', [created])).rows[0].n;
    expect(n).toBe(2);
    await journal.close();
  });
});

