import { describe, expect, test } from 'vitest';
import type { RestoredDecision, WorkspaceStateResponse } from '../../../server/contract';
import { decidedEarlier, restoreWork } from './restore-decisions';

function decision(over: Partial<RestoredDecision>): RestoredDecision {
  return {
    id: 'd-1',
    createdAt: '2026-12-03T10:00:00Z',
    setId: 's-1',
    conditionId: null,
    conditionName: null,
    freeTextDiagnosis: null,
    outcome: 'accepted',
    reasonCode: null,
    comment: null,
    clinicianDifferential: null,
    inputHash: 'h1',
    knowledgeVersion: '2.3.0',
    ...over,
  };
}

const EMPTY: WorkspaceStateResponse = { request: null, decisions: [], written: [], withdrawnMissed: [] };

describe('restoreWork', () => {
  test('the latest decision on a diagnosis wins, with the computation it was made on', () => {
    const work = restoreWork({
      ...EMPTY,
      decisions: [
        decision({ id: 'a', conditionId: 'pe', outcome: 'accepted', inputHash: 'h1' }),
        decision({ id: 'b', conditionId: 'pe', outcome: 'rejected', reasonCode: 'ruled-out-by-test', comment: 'CTPA clear', inputHash: 'h2' }),
      ],
    });
    expect(work.decided.pe).toEqual({ outcome: 'rejected', reasonCode: 'ruled-out-by-test', comment: 'CTPA clear' });
    expect(work.decidedOn.pe).toEqual({ inputHash: 'h2', knowledgeVersion: '2.3.0' });
  });

  test('a dispute sits beside the decision; withdrawn missed diagnoses are not listed; the own list and chart writes come back', () => {
    const work = restoreWork({
      request: null,
      decisions: [
        decision({ id: 'a', conditionId: 'acs', outcome: 'rejected', reasonCode: 'other' }),
        decision({ id: 'b', conditionId: 'acs', outcome: 'patient-disputes', comment: 'thinks it is a pulled muscle' }),
        decision({ id: 'c', outcome: 'added-missed', freeTextDiagnosis: 'Costochondritis', setId: 's-2' }),
        decision({ id: 'd', outcome: 'added-missed', conditionId: 'pericarditis', conditionName: 'Acute pericarditis' }),
        decision({ id: 'e', outcome: 'clinician-differential', clinicianDifferential: [{ text: 'ACS' }, { conditionId: 'pe', text: 'Pulmonary embolism' }] }),
      ],
      written: [{ conditionId: 'acs', conditionRef: 'Condition/9' }],
      withdrawnMissed: ['c'],
    });
    expect(work.decided.acs.outcome).toBe('rejected');
    expect(work.disputes.acs).toBe('thinks it is a pulled muscle');
    expect(work.missed).toEqual([{ text: 'Acute pericarditis', decisionId: 'd', setId: 's-1' }]);
    expect(work.own).toEqual([{ text: 'ACS', conditionId: undefined }, { conditionId: 'pe', text: 'Pulmonary embolism' }]);
    expect(work.written).toEqual({ acs: 'Condition/9' });
  });

  test('a malformed own list is ignored rather than shown', () => {
    expect(restoreWork({ ...EMPTY, decisions: [decision({ outcome: 'clinician-differential', clinicianDifferential: [{ nope: 1 }] })] }).own).toEqual([]);
  });
});

describe('decidedEarlier', () => {
  test('marks a decision made on other input or another knowledge version, never one without a record', () => {
    const now = { inputHash: 'h2', knowledgeVersion: '2.3.0' };
    expect(decidedEarlier({ inputHash: 'h2', knowledgeVersion: '2.3.0' }, now)).toBe(false);
    expect(decidedEarlier({ inputHash: 'h1', knowledgeVersion: '2.3.0' }, now)).toBe(true);
    expect(decidedEarlier({ inputHash: 'h2', knowledgeVersion: '2.2.0' }, now)).toBe(true);
    expect(decidedEarlier(undefined, now)).toBe(false);
  });
});
