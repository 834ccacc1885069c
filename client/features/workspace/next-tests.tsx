/**
 * Next best tests: what each would do to the leading diagnoses if positive or negative.
 */
import type { JSX } from 'react';
import type { CitationSummary, ImagingWithheld, TestSuggestion } from '../../../server/reasoning/types';
import { CitationNote } from './citation-note';
import { formatPercent } from './format-percent';

/** The burden class of a test, in words. */
export const BURDEN: Readonly<Record<TestSuggestion['burden'], string>> = {
  bedside: 'bedside',
  blood: 'blood test',
  imaging: 'imaging',
  'imaging-radiation': 'imaging with radiation',
  'imaging-contrast': 'imaging with contrast',
  invasive: 'invasive',
};

/**
 * @param props - the tests, the citations map and, when imaging waits for a red flag (model 2.43.0), the guidance
 * @returns the section, or nothing when no test helps and no imaging is withheld
 */
export function NextTests({
  tests,
  citations,
  imagingWithheld = [],
}: {
  readonly tests: readonly TestSuggestion[];
  readonly citations: Readonly<Record<string, CitationSummary>>;
  readonly imagingWithheld?: readonly ImagingWithheld[];
}): JSX.Element | null {
  if (tests.length === 0 && imagingWithheld.length === 0) {
    return null;
  }
  return (
    <section className="panel" aria-labelledby="next-tests-h" data-testid="next-tests">
      <h2 id="next-tests-h">Tests that would best separate these</h2>
      {imagingWithheld.map((w) => (
        <p key={w.problemId} data-testid="imaging-withheld">
          No imaging is suggested for {w.problemName.toLowerCase()} without a red flag: {w.recommendation}
          <CitationNote source={w.source} citations={citations} /> Enter a red flag in the findings if the patient has one:{' '}
          {w.redFlags.map((f) => f.name).join('; ')}.
        </p>
      ))}
      <p className="muted">A test a guideline recommends for every patient with the complaint comes first; the others are ranked by how much each result would separate the leading diagnoses, weighed against what the test costs the patient (bedside, blood, imaging, radiation, contrast, invasive). Below 30%, a diagnosis that a bedside or blood test can rule out gets that test before imaging (model policy, after the American College of Physicians' advice on pulmonary embolism). Cost, dose and waiting time are not otherwise modelled.</p>
      <ol>
        {tests.slice(0, 3).map((t) => (
          <li key={t.findingId}>
            <strong>{t.testName}</strong> <span className="tag">{BURDEN[t.burden]}</span>
            {t.baseline ? (
              <p className="muted" data-testid="baseline-test">
                Recommended for {t.baseline.who} with {t.baseline.problemName.toLowerCase()}: {t.baseline.recommendation}
                <CitationNote source={t.baseline.source} citations={citations} />
              </p>
            ) : null}
            {t.ruleOutFirst?.map((w) => (
              <p className="muted" key={w.conditionId} data-testid="rule-out-first">
                First, to rule out {w.name}: {w.waiting.join(', ')} {w.waiting.length > 1 ? 'wait' : 'waits'} for this result.
              </p>
            ))}
            <ul>
              {t.outcomes.slice(0, 3).map((o) => (
                <li key={o.conditionId}>
                  {t.byDefinition
                    ? `${o.name}: now ${formatPercent(o.now)}; a result inside its definition establishes it, one outside excludes it`
                    : `${o.name}: now ${formatPercent(o.now)}; if positive ${formatPercent(o.ifPositive)}, if negative ${formatPercent(o.ifNegative)}`}
                </li>
              ))}
            </ul>
            {t.sources.slice(0, 2).map((s) => (
              <CitationNote key={`${s.citation}-${s.locator}`} source={s} citations={citations} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
