/**
 * The card's chain of reasoning as a clinician reads it in the EHR: written out by hand for a small
 * diagnosis, so that a wrong step, a lost citation number or an unescaped chart value fails here.
 */
import { describe, expect, test } from 'vitest';
import type { CitationSummary, DiagnosisResult, DifferentialResult, FindingStep } from '../../server/reasoning/types';
import { citeRef, diagnosisMarkdown, escapeMarkdown, referencesMarkdown } from './card-markdown';

const step = (over: Partial<FindingStep> & Pick<FindingStep, 'findingId' | 'lr'>): FindingStep => ({
  kind: 'finding',
  findingName: over.findingId,
  present: true,
  origin: 'chart',
  sources: [],
  grade: 'A',
  counted: true,
  before: 0.1,
  after: 0.2,
  source: { citation: 'c-findings', locator: 'Table 2' },
  ...over,
});

const diagnosis = (steps: DiagnosisResult['steps']): DiagnosisResult =>
  ({ conditionId: 'pe', name: 'Pulmonary embolism', display: 'about 30% (20–40%)', steps }) as unknown as DiagnosisResult;

const citation = (over: Partial<CitationSummary>): CitationSummary => ({ id: 'x', title: 'A title', authors: 'A B', journal: 'J Test', year: 2001, status: 'verified', review: 'unreviewed', ...over });

const result = (citations: Record<string, CitationSummary>): DifferentialResult => ({ citations }) as unknown as DifferentialResult;

describe('escapeMarkdown', () => {
  test('escapes every Markdown and HTML metacharacter and folds newlines', () => {
    expect(escapeMarkdown('a*b_c`d[e](f)#g+h!i|j<k>l~m{n}o\\p')).toBe('a\\*b\\_c\\`d\\[e\\]\\(f\\)\\#g\\+h\\!i\\|j\\<k\\>l\\~m\\{n\\}o\\\\p');
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
  });
});

describe('citeRef', () => {
  test('numbers a citation on first use and reuses its number', () => {
    const refs: string[] = [];
    expect(citeRef(refs, 'a')).toBe('[1]');
    expect(citeRef(refs, 'b')).toBe('[2]');
    expect(citeRef(refs, 'a')).toBe('[1]');
    expect(refs).toEqual(['a', 'b']);
  });
});

describe('diagnosisMarkdown', () => {
  test('the prior, then the strongest counted findings in chart order, with their sources, ratios, probabilities and citation numbers', () => {
    const refs: string[] = ['already-cited'];
    const md = diagnosisMarkdown(
      result({}),
      diagnosis([
        { kind: 'prior', problemId: 'dyspnoea', setting: 'emergency', probability: 0.05, source: { citation: 'c-prior', locator: 'x' } },
        step({ findingId: 'tachycardia', findingName: 'Heart rate over 100', lr: 1.8, after: 0.09, sources: [{ reference: 'Observation/o1', value: '112 /min' }, { reference: 'Observation/o2', value: '118 /min' }] }),
        step({ findingId: 'weak', lr: 1.1, after: 0.1 }),
        step({ findingId: 'not-counted', lr: 9, counted: false }),
        step({ findingId: 'ddimer', findingName: 'D-dimer <normal>', present: false, lr: 0.1, after: 0.01, source: { citation: 'c-ddimer', locator: 'y' }, sources: [{ reference: 'Observation/o3', value: '0.2 mg/L' }] }),
        step({ findingId: 'told', findingName: 'Haemoptysis', origin: 'clinician', lr: 2.5, after: 0.3 }),
      ]),
      refs,
      2,
    );
    expect(md.split('\n')).toEqual([
      '**Pulmonary embolism**: about 30% \\(20–40%\\)',
      '- pre-test 5% (dyspnoea, emergency) [2]',
      '- no D-dimer \\<normal\\> (0.2 mg/L, Observation/o3): LR 0.10 → 1% [3]',
      '- Haemoptysis (entered by clinician): LR 2.50 → 30% [4]',
      '- and 2 more finding(s) in the app',
    ]);
    expect(refs).toEqual(['already-cited', 'c-prior', 'c-ddimer', 'c-findings']);
  });

  test('a policy prior says so; a source list joins chart values; nothing is hidden when all steps fit', () => {
    const md = diagnosisMarkdown(
      result({}),
      diagnosis([
        { kind: 'prior', problemId: 'fever', setting: 'primary-care', probability: 0.005, policy: true },
        step({ findingId: 'tachycardia', findingName: 'Heart rate over 100', lr: 1.8, after: 0.01, sources: [{ reference: 'Observation/o1', value: '112 /min' }, { reference: 'Observation/o2', value: '118 /min' }] }),
      ]),
      [],
    );
    expect(md.split('\n')).toEqual([
      '**Pulmonary embolism**: about 30% \\(20–40%\\)',
      '- pre-test <1% (fever, primary-care) (model policy: no published pre-test probability)',
      '- Heart rate over 100 (112 /min, Observation/o1; 118 /min, Observation/o2): LR 1.80 → 1% [1]',
    ]);
  });
  test('a finding whose ratio prints as 1.00 is not shown as a reason: it is counted in the app line as not changing the probability', () => {
    const neutralOnly = diagnosisMarkdown(
      result({}),
      diagnosis([
        { kind: 'prior', problemId: 'chest-pain', setting: 'emergency', probability: 0.45, source: { citation: 'c-prior', locator: 'x' } },
        step({ findingId: 'female', findingName: 'Female sex', present: false, lr: 0.998, after: 0.45 }),
      ]),
      [],
    );
    expect(neutralOnly.split('\n')).toEqual([
      '**Pulmonary embolism**: about 30% \\(20–40%\\)',
      '- pre-test 45% (chest-pain, emergency) [1]',
      '- and 1 more finding(s) in the app (it does not change the probability)',
    ]);
    const mixed = diagnosisMarkdown(
      result({}),
      diagnosis([
        step({ findingId: 'female', findingName: 'Female sex', present: false, lr: 1.004, after: 0.45 }),
        step({ findingId: 'strong', findingName: 'Strong', lr: 5, after: 0.8 }),
        step({ findingId: 'weak', findingName: 'Weak', lr: 1.2, after: 0.82 }),
      ]),
      [],
      1,
    );
    expect(mixed.split('\n').slice(1)).toEqual(['- Strong (): LR 5.00 → 80% [1]', '- and 2 more finding(s) in the app (1 of them does not change the probability)']);
  });
});

describe('referencesMarkdown', () => {
  test('lists each citation once in the order numbered: PubMed or DOI link, unverified marked, unknown ids named', () => {
    const refs = ['p', 'd', 'u', 'missing', 'extra', 'v', 'c', 'b'];
    const md = referencesMarkdown(
      result({
        p: citation({ id: 'p', title: 'Wells *rule*', journal: 'Ann Intern Med', year: 1998, pmid: '9776300' }),
        d: citation({ id: 'd', title: 'DOI only', journal: 'BMJ', year: 2010, doi: '10.1136/bmj.c1' }),
        u: citation({ id: 'u', title: 'Not read', journal: 'Lancet', year: 1990, status: 'unverified' }),
        v: citation({ id: 'v', title: 'Unverified with id', journal: 'Chest', year: 1999, pmid: '42', status: 'unverified' }),
        c: citation({ id: 'c', title: 'Read in PMC', journal: 'Iran J Parasitol', year: 2015, pmcid: 'PMC4662750' }),
        b: citation({ id: 'b', title: 'A StatPearls chapter', journal: 'StatPearls', year: 2024, bookshelfId: 'NBK430685' }),
      }),
      refs,
      { extra: citation({ id: 'extra', title: 'From elsewhere', journal: 'JAMA', year: 2005, pmid: '1' }) },
    );
    expect(md).toBe(
      [
        '',
        '',
        '**References**',
        '',
        '1. Wells \\*rule\\*. *Ann Intern Med* 1998. [PMID 9776300](https://pubmed.ncbi.nlm.nih.gov/9776300/)',
        '2. DOI only. *BMJ* 2010. [doi:10.1136/bmj.c1](https://doi.org/10.1136/bmj.c1)',
        '3. Not read. *Lancet* 1990. (unverified)',
        '4. missing',
        '5. From elsewhere. *JAMA* 2005. [PMID 1](https://pubmed.ncbi.nlm.nih.gov/1/)',
        '6. Unverified with id. *Chest* 1999. [PMID 42](https://pubmed.ncbi.nlm.nih.gov/42/) (unverified)',
        '7. Read in PMC. *Iran J Parasitol* 2015. [PMC4662750](https://pmc.ncbi.nlm.nih.gov/articles/PMC4662750/)',
        '8. A StatPearls chapter. *StatPearls* 2024. [NCBI Bookshelf NBK430685](https://www.ncbi.nlm.nih.gov/books/NBK430685/)',
      ].join('\n'),
    );
  });

  test('no references, no section', () => {
    expect(referencesMarkdown(result({}), [])).toBe('');
  });
});
