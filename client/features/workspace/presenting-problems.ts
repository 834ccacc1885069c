/**
 * Presenting problems the clinician can give when the chart names none: the common complaints one
 * click away (display → knowledge-base problem id, checked against server/knowledge/data/problems by
 * a test), a local search over them when the API's problem search is unavailable, and which chosen
 * problems the engine did not recognise.
 */
import type { KnowledgeMatch } from '../../../server/contract';
import type { DifferentialResult } from '../../../server/reasoning/types';

/** A common complaint: what the button says, the problem id, and words it is also searched by. */
export interface CommonComplaint {
  readonly display: string;
  readonly problemId: string;
  readonly synonyms: readonly string[];
}

/** The common complaints, in the order they are offered. */
export const COMMON_COMPLAINTS: readonly CommonComplaint[] = [
  { display: 'Chest pain', problemId: 'chest-pain', synonyms: ['chest discomfort', 'thoracic pain'] },
  { display: 'Shortness of breath', problemId: 'dyspnoea', synonyms: ['dyspnoea', 'dyspnea', 'breathlessness', 'SOB'] },
  { display: 'Cough', problemId: 'cough', synonyms: [] },
  { display: 'Fever', problemId: 'fever', synonyms: ['pyrexia', 'febrile'] },
  { display: 'Headache', problemId: 'headache', synonyms: ['head pain', 'cephalalgia'] },
  { display: 'Abdominal pain', problemId: 'acute-abdominal-pain', synonyms: ['stomach ache', 'acute abdomen'] },
  { display: 'Dizziness', problemId: 'dizziness', synonyms: ['vertigo', 'light-headedness'] },
  { display: 'Back pain', problemId: 'low-back-pain', synonyms: ['low back pain', 'lumbago'] },
  { display: 'Sore throat', problemId: 'sore-throat', synonyms: ['pharyngitis', 'throat pain'] },
  { display: 'Urinary symptoms', problemId: 'dysuria', synonyms: ['dysuria', 'painful urination', 'urinary frequency'] },
  { display: 'Palpitations', problemId: 'palpitations', synonyms: ['racing heart', 'skipped beats'] },
  { display: 'Fatigue', problemId: 'fatigue', synonyms: ['tiredness', 'lethargy', 'malaise'] },
];

/** What to leave out of the one-click list. */
export interface ComplaintFilter {
  /** Problem ids the knowledge base is known to hold; when given, others are left out. */
  readonly known?: ReadonlySet<string>;
  /** Problem ids already chosen or already in the differential. */
  readonly exclude?: ReadonlySet<string>;
  /** Problem ids the engine answered it does not recognise. */
  readonly unrecognised?: ReadonlySet<string>;
}

/**
 * The common complaints to offer: only those whose ids exist and that are not chosen yet.
 * @param list - the complaints
 * @param filter - known ids, ids to leave out
 * @returns the complaints to show, in order
 */
export function availableComplaints(list: readonly CommonComplaint[], filter: ComplaintFilter = {}): CommonComplaint[] {
  return list.filter((c) => (filter.known ? filter.known.has(c.problemId) : true) && !filter.exclude?.has(c.problemId) && !filter.unrecognised?.has(c.problemId));
}

/**
 * Searches the common complaints (used when the API has no problem search).
 * @param list - the complaints
 * @param query - what the clinician typed
 * @returns matches, name matches before synonym matches
 */
export function searchComplaints(list: readonly CommonComplaint[], query: string): KnowledgeMatch[] {
  const q = query.trim().toLowerCase();
  if (!q) {
    return [];
  }
  const hit = (text: string): boolean => text.toLowerCase().split(/[\s,()/-]+/).some((w) => w.startsWith(q)) || text.toLowerCase().startsWith(q);
  const byName = list.filter((c) => hit(c.display) || hit(c.problemId));
  const bySynonym = list.filter((c) => !byName.includes(c) && c.synonyms.some(hit));
  return [
    ...byName.map((c) => ({ id: c.problemId, name: c.display })),
    ...bySynonym.map((c) => ({ id: c.problemId, name: c.display, matched: c.synonyms.find(hit) })),
  ];
}

/**
 * Chosen problems that the engine did not take up (not a knowledge-base problem). Only judged when the
 * engine reasoned about problems at all (not when it stopped for a child, a deceased patient or no patient).
 * @param sent - problem ids sent with the request the result answers
 * @param result - the result
 * @returns the ids not recognised
 */
export function unrecognisedProblems(sent: readonly string[], result: Pick<DifferentialResult, 'status' | 'abstention' | 'problems'>): string[] {
  if (result.status === 'abstained' && result.abstention?.kind !== 'no-presenting-problem') {
    return [];
  }
  const used = new Set(result.problems.map((p) => p.problemId));
  return sent.filter((id) => !used.has(id));
}
