import { describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadKnowledge } from '../../../server/knowledge/load-knowledge';
import { analyzeSync } from '../../../server/reasoning/diagnostic-model';
import { buildEncounter, buildPatient, buildQuantity, buildSymptom } from '../../../tests/builders/chart-builder';
import { DifferentialView } from './differential-view';

describe('the workspace shows what the chart excludes by definition and tests that settle a diagnosis', () => {
  const kb = loadKnowledge();
  const confusedDiabetic = (extra: ReturnType<typeof buildQuantity>[]) =>
    analyzeSync(kb, { chart: [buildPatient({ gender: 'female', birthDate: '1945-01-01' }), buildEncounter('40917007'), ...extra], overrides: [{ findingId: 'history-of-diabetes-mellitus', state: 'present' }] }).result;
  const render = (result: ReturnType<typeof confusedDiabetic>) =>
    renderToStaticMarkup(
      <DifferentialView
        result={result}
        shown={result.differential.slice(0, 10).map((d) => d.conditionId)}
        chart={new Map()}
        decided={{}}
        onDecide={() => undefined}
        afterAccept={() => <></>}
        updating={false}
        readOnly
      />,
    );

  test('a glucose of 6 mmol/L: hypoglycaemia is listed as excluded by its definition, with the result', () => {
    const html = render(confusedDiabetic([buildQuantity('glu', '2345-7', 6, 'mmol/L')]));
    expect(html).toContain('data-testid="excluded"');
    expect(html).toMatch(/Excluded<\/h2>[\s\S]*Hypoglycaemia[\s\S]*absent/);
  });

  test('a recorded type 1 diabetes: type 2 diabetes is listed as excluded, the diagnosis named as recorded rather than absent', () => {
    const result = analyzeSync(kb, {
      chart: [buildPatient({ gender: 'male', birthDate: '1996-01-01' }), buildEncounter('80394007'), buildQuantity('a1c', '4548-4', 9, '%'), buildSymptom('t1dm', '46635009', 'confirmed', { encounter: undefined })],
    }).result;
    const html = render(result);
    expect(html).toMatch(/Excluded<\/h2>[\s\S]*Type 2 diabetes mellitus[\s\S]*Type 1 diabetes recorded/);
    expect(html).not.toMatch(/Type 1 diabetes absent/);
  });

  test('without a glucose: glucose is a next test, in words rather than as 100% and 0%', () => {
    const html = render(confusedDiabetic([]));
    expect(html).not.toContain('data-testid="excluded"');
    expect(html).toMatch(/Glucose \(random\)[\s\S]*a result inside its definition establishes it, one outside excludes it/);
  });
});

describe("a policy prior shows the sources its reason names (the figures quoted in the reason are cited)", () => {
  const kb = loadKnowledge();
  test('gallstone disease in primary-care chest pain: policy prior, reason citing the GI chest-pain study with its links', async () => {
    const { ReasoningSteps } = await import('./reasoning-steps');
    const { result } = analyzeSync(kb, { chart: [buildPatient({ gender: 'female', birthDate: '1966-01-01' }), buildEncounter('29857009')] });
    const gallstones = result.differential.find((d) => d.conditionId === 'gallstone-disease')!;
    const html = renderToStaticMarkup(<ReasoningSteps diagnosis={gallstones} citations={result.citations} chart={new Map()} />);
    expect(html).toContain('Model policy, not a published figure.');
    expect(html).toMatch(/data-testid="reason-source"[\s\S]*Heartburn or angina\?[\s\S]*pubmed\.ncbi\.nlm\.nih\.gov\/20003376/);
  });
});

describe('a finding read from others names the publication that defines the combination (model 2.39.0)', () => {
  test('iron deficiency anaemia from Hb 11.2 and ferritin 9: the step shows the AGA guideline it was read by', async () => {
    const { ReasoningSteps } = await import('./reasoning-steps');
    const chart = [buildPatient({ gender: 'male', birthDate: '1960-01-01' }), buildEncounter('271737000'), buildQuantity('hb', '718-7', 11.2, 'g/dL'), buildQuantity('fer', '2276-4', 9, 'ng/mL')];
    const { result } = analyzeSync(loadKnowledge(), { chart });
    const d = result.differential.find((x) => x.steps.some((s) => s.kind === 'finding' && s.findingId === 'iron-deficiency-anaemia'))!;
    const html = renderToStaticMarkup(<ReasoningSteps diagnosis={d} citations={result.citations} chart={new Map()} />);
    expect(html).toMatch(/data-testid="derived-by"[^>]*>[\s\S]*Read from the findings it combines[\s\S]*(AGA|Gastroenterology)/);
  });
});

describe('a threshold implied by the clinician\'s entry says so (model 2.53.0)', () => {
  test('ferritin 15 or less entered: "ferritin over 100" absent is shown as implied by that entry, by name', async () => {
    const { ReasoningSteps } = await import('./reasoning-steps');
    const { result } = analyzeSync(loadKnowledge(), {
      chart: [buildPatient({ gender: 'female', birthDate: '1989-01-01' })],
      problems: ['anaemia'],
      setting: 'primary-care',
      overrides: [{ findingId: 'ferritin-15-or-less', state: 'present' }],
    });
    const d = result.differential.find((x) => x.conditionId === 'anaemia-of-chronic-disease')!;
    const html = renderToStaticMarkup(<ReasoningSteps diagnosis={d} citations={result.citations} chart={new Map()} findingNames={result.findingNames} />);
    expect(html).toMatch(/data-testid="implied-by"[^>]*>implied by your entry: Serum ferritin 15/);
  });
});

describe('a complaint the chart already explains (model 2.40.0)', () => {
  test('the workspace says what explains it, what was found as a form, and shows the other causes as alternatives without a percentage', async () => {
    const { readPatientBundles } = await import('../../../fixtures/read-fixtures');
    const kb = loadKnowledge();
    const bundle = readPatientBundles().find((b) => b.file === 'palpitations-atrial-fibrillation.json')!.bundle;
    const { result } = analyzeSync(kb, { chart: bundle });
    const html = renderToStaticMarkup(
      <DifferentialView result={result} shown={result.differential.slice(0, 5).map((d) => d.conditionId)} chart={new Map()} decided={{}} onDecide={() => undefined} afterAccept={() => <></>} updating={false} readOnly />,
    );
    expect(html).toMatch(/data-testid="explained"[\s\S]*Palpitations is explained by Atrial fibrillation or flutter \(meets its definition\)/);
    expect(html).toMatch(/data-testid="subsumed"[^>]*>Cardiac arrhythmia is found as Atrial fibrillation or flutter/);
    const ranked = html.slice(html.indexOf('data-testid="ranked-list"'), html.indexOf('data-testid="cant-miss"'));
    expect(ranked.match(/data-testid="alternative"/g)?.length).toBe(5);
    expect(ranked).not.toMatch(/\d+%/);
  });
});

describe('a rule-out test says what waits for it (model 2.41.0)', () => {
  const kb = loadKnowledge();
  test('a bare breathlessness in the emergency department: the D-dimer comes first for a pulmonary embolism, the CT pulmonary angiogram waits', async () => {
    const { NextTests } = await import('./next-tests');
    const { result } = analyzeSync(kb, { chart: [buildPatient({ gender: 'female', birthDate: '1976-01-01' }), buildEncounter('0', { reasonCode: undefined })], problems: ['dyspnoea'], setting: 'emergency' });
    const ruleOut = result.nextBestTests.filter((t) => t.ruleOutFirst);
    expect(ruleOut.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<NextTests tests={ruleOut} citations={result.citations} />);
    expect(html).toMatch(/data-testid="rule-out-first"[^>]*>First, to rule out Pulmonary embolism: [^<]*CT pulmonary angiography[^<]*for this result/);
  });
});

describe('imaging withheld without a red flag (model 2.43.0)', () => {
  const kb = loadKnowledge();
  test('a bare back pain in the emergency department: the workspace says why no imaging is suggested, cites the ACR criteria and names the red flags', async () => {
    const { NextTests } = await import('./next-tests');
    const { result } = analyzeSync(kb, { chart: [buildPatient({ gender: 'female', birthDate: '1976-01-01' }), buildEncounter('0', { reasonCode: undefined })], problems: ['low-back-pain'], setting: 'emergency' });
    const html = renderToStaticMarkup(<NextTests tests={result.nextBestTests} citations={result.citations} imagingWithheld={result.imagingWithheld} />);
    expect(html).toMatch(/data-testid="imaging-withheld"[^>]*>No imaging is suggested for low back pain without a red flag: /);
    expect(html).toMatch(/ACR Appropriateness Criteria® Low Back Pain: 2021 Update/);
    expect(html).toMatch(/Urinary retention; /);
    expect(renderToStaticMarkup(<NextTests tests={[]} citations={result.citations} />)).toBe('');
  });
});
