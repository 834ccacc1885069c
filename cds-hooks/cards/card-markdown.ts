/**
 * Card `detail` Markdown: the short chain of reasoning and its citations. Text from the knowledge
 * base and the chart is escaped so it cannot inject Markdown or HTML.
 */
import { formatPercent } from '../../server/reasoning/probability';
import { citationLinks } from '../../server/knowledge/citation-links';
import type { CitationSummary, DiagnosisResult, DifferentialResult, FindingStep } from '../../server/reasoning/types';

/** Escapes Markdown and HTML metacharacters in plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

function citationLine(c: CitationSummary, n: number): string {
  const first = citationLinks(c)[0];
  const idText = first ? `[${escapeMarkdown(first.label)}](${first.url})` : '';
  const tail = [idText, c.status === 'unverified' ? '(unverified)' : ''].filter(Boolean).join(' ');
  return `${n}. ${escapeMarkdown(c.title)}. *${escapeMarkdown(c.journal)}* ${c.year}.${tail ? ` ${tail}` : ''}`;
}

/** Numbers a citation in the card's reference list (adding it on first use) and returns `[n]`. */
export function citeRef(refs: string[], citation: string): string {
  let i = refs.indexOf(citation);
  if (i < 0) {
    refs.push(citation);
    i = refs.length - 1;
  }
  return `[${i + 1}]`;
}

/**
 * The reasoning behind one diagnosis, at most `maxSteps` counted steps (the strongest), with numbered
 * citations collected into `refs`.
 */
export function diagnosisMarkdown(result: DifferentialResult, d: DiagnosisResult, refs: string[], maxSteps = 4): string {
  const ref = (citation: string): string => citeRef(refs, citation);
  const lines = [`**${escapeMarkdown(d.name)}**: ${escapeMarkdown(d.display)}`];
  for (const s of d.steps) {
    if (s.kind === 'prior') {
      const basis = s.source ? ref(s.source.citation) : s.policy ? '(model policy: no published pre-test probability)' : '';
      lines.push(`- pre-test ${formatPercent(s.probability)} (${escapeMarkdown(s.problemId)}, ${s.setting}) ${basis}`);
    }
  }
  const findingSteps = d.steps.filter((s): s is FindingStep => s.kind === 'finding' && s.counted);
  // A ratio that prints as 1.00 ("no female sex: LR 1.00") moves nothing: on the card's few lines it would read as a
  // reason. It stays in the app's full chain and is counted in the last line (2026-12-05, session 16).
  const informative = findingSteps.filter((s) => s.lr.toFixed(2) !== '1.00');
  const strongest = [...informative].sort((a, b) => Math.abs(Math.log(b.lr)) - Math.abs(Math.log(a.lr))).slice(0, maxSteps);
  for (const s of informative.filter((x) => strongest.includes(x))) {
    const where = s.origin === 'clinician' ? 'entered by clinician' : s.sources.map((x) => `${escapeMarkdown(x.value)}, ${escapeMarkdown(x.reference)}`).join('; ');
    lines.push(`- ${s.present ? '' : 'no '}${escapeMarkdown(s.findingName)} (${where}): LR ${s.lr.toFixed(2)} → ${formatPercent(s.after)} ${ref(s.source.citation)}`);
  }
  if (findingSteps.length > strongest.length) {
    const rest = findingSteps.length - strongest.length;
    lines.push(`- and ${rest} more finding(s) in the app${neutralNote(findingSteps.length - informative.length, rest)}`);
  }
  return lines.join('\n');
}

/** How many of the findings left to the app move nothing, as a parenthesis after the count (empty when none do). */
function neutralNote(neutral: number, rest: number): string {
  if (neutral === 0) {
    return '';
  }
  const who = neutral === rest ? (rest === 1 ? 'it does' : 'they do') : `${neutral} of them ${neutral === 1 ? 'does' : 'do'}`;
  return ` (${who} not change the probability)`;
}

/** The numbered reference list for the citations collected in `refs` (resolved in the result, else in `more`). */
export function referencesMarkdown(result: DifferentialResult, refs: readonly string[], more: Readonly<Record<string, CitationSummary>> = {}): string {
  const lines = refs.map((id, i) => {
    const c = result.citations[id] ?? more[id];
    return c ? citationLine(c, i + 1) : `${i + 1}. ${escapeMarkdown(id)}`;
  });
  return lines.length ? `\n\n**References**\n\n${lines.join('\n')}` : '';
}
