import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceRequest } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { orderName, testsForOrder } from './analyze-for-hook';
import { loadOrderCodes, ORDER_CODE_SYSTEMS } from './order-codes';

const kb = loadKnowledge();
const lists = loadOrderCodes();
const order = (coding: { system: string; code: string }[], text?: string): ServiceRequest => ({
  resourceType: 'ServiceRequest',
  status: 'draft',
  intent: 'order',
  subject: { reference: 'Patient/p' },
  code: { coding, ...(text ? { text } : {}) },
});
const ids = (r: ServiceRequest): string[] => testsForOrder(kb, r).map((t) => t.id).sort();
const cpt = (code: string) => ({ system: ORDER_CODE_SYSTEMS.cpt, code });

describe('orders as EHRs code them (CPT, HCPCS, order text)', () => {
  test('every list names tests the knowledge base has', () => {
    const names = new Set([...kb.findings.values()].filter((f) => f.test).map((f) => orderName(f)));
    for (const list of lists.lists) {
      for (const name of list.tests) {
        expect(names.has(name), `${list.id}: "${name}"`).toBe(true);
      }
    }
  });

  test('a CPT-coded order is recognised without any other code (the CDS Hooks sandbox sends 70450)', () => {
    const found = ids(order([cpt('70450')]));
    expect(found).toContain('ct-head-subarachnoid-blood');
    expect(found).toContain('ct-head-acute-stroke');
    expect(ids(order([cpt('93000')]))).toContain('ecg-st-depression');
    expect(ids(order([cpt('85379')]))).toEqual(['d-dimer-positive']);
  });

  test('a CPT code shared by several tests (CT angiography of the chest) needs the order text to say which', () => {
    expect(ids(order([cpt('71275')]))).toEqual([]);
    expect(ids(order([cpt('71275')], 'CT pulmonary angiography (PE protocol)'))).toEqual(['ct-pulmonary-angiography-positive']);
    expect(ids(order([cpt('71275')], 'CT angiography of the thoracic aorta'))).toEqual(['ct-angiography-aortic-dissection']);
  });

  test('an order known only by its text', () => {
    expect(ids(order([], 'CTPA'))).toEqual(['ct-pulmonary-angiography-positive']);
    expect(ids(order([], ' Chest X-ray '))).toContain('cxr-pneumothorax');
    expect(ids(order([], 'D-dimer'))).toEqual(['d-dimer-positive']);
    // Nothing is guessed from a text the lists do not name.
    expect(ids(order([], 'Chest pain workup'))).toEqual([]);
    expect(ids(order([{ system: ORDER_CODE_SYSTEMS.cpt, code: '99999' }], 'Consult cardiology'))).toEqual([]);
  });

  test('a broken list stops loading with the file and entry named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'order-codes-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ description: 'x', lists: [{ id: 'x', tests: ['CT head without contrast'], codes: [{ system: 'cpt', code: '7045', display: 'short' }], texts: [] }] }));
    expect(() => loadOrderCodes(bad)).toThrow(/bad\.json: lists\.0\.codes\.0\.code/);
    const dup = join(dir, 'dup.json');
    const entry = { id: 'x', tests: ['D-dimer'], codes: [{ system: 'cpt', code: '85379', display: 'D-dimer' }], texts: [] };
    writeFileSync(dup, JSON.stringify({ description: 'x', lists: [entry, { ...entry, id: 'y' }] }));
    expect(() => loadOrderCodes(dup)).toThrow(/85379 is listed twice/);
  });
});
