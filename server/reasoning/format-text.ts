/**
 * Plain-text rendering of a differential with its reasoning, for the command line and batch runs.
 */
import { citationLinks } from '../knowledge/citation-links';
import { formatPercent } from './probability';
import type { DiagnosisResult, DifferentialResult, FindingStep, ReasoningStep } from './types';

function cite(r: DifferentialResult, ref: { citation: string; locator: string } | undefined): string {
  if (!ref) {
    return '';
  }
  const c = r.citations[ref.citation];
  const flag = c?.status === 'unverified' ? ', unverified' : '';
  return ` [${ref.citation}: ${ref.locator}${flag}]`;
}

function stepLine(r: DifferentialResult, s: ReasoningStep): string {
  if (s.kind === 'prior') {
    const note = s.note ? ` (${s.note})` : '';
    return `     pre-test ${formatPercent(s.probability)} for ${s.problemId} in ${s.setting}${s.policy ? ' [model policy, no published prior]' : ''}${s.populationMatch ? ` [population match: ${s.populationMatch}]` : ''}${note}${cite(r, s.source)}${(s.reasonSources ?? []).map((x) => cite(r, x)).join('')}`;
  }
  const f = s as FindingStep;
  const where = f.impliedBy
    ? `implied by the clinician's entry "${r.findingNames[f.impliedBy] ?? f.impliedBy}"`
    : f.origin === 'clinician'
      ? 'entered by clinician'
      : f.sources.map((x) => `${x.reference}: ${x.value}`).join('; ');
  const counted = f.counted ? `→ ${formatPercent(f.after)}` : `(${f.note})`;
  return `     ${f.present ? '+' : '−'} ${f.findingName}${f.present ? '' : ' absent'} [${where}] LR ${f.lr.toFixed(2)}${f.appliedLr !== undefined ? ` (applied ${f.appliedLr.toFixed(2)} after the dependence correction)` : ''} (grade ${f.grade}) ${counted}${cite(r, f.source)}${f.derivedBy ? ` (read from the findings it combines, as defined in${cite(r, f.derivedBy)})` : ''}`;
}

function diagnosisLines(r: DifferentialResult, d: DiagnosisResult): string[] {
  const lines = [` ${String(d.rank).padStart(2)}. ${d.name} — ${d.display}${d.cantMiss ? "  [can't miss]" : ''}${d.inChart ? `  [in chart: ${d.inChart.verificationStatus}]` : ''}`];
  if ((d.includesForms ?? []).length > 0) {
    lines.push(`     includes its forms listed here (its probability includes theirs): ${d.includesForms!.map((f) => `${f.name} (${f.rank})`).join(', ')}`);
  }
  if (d.established) {
    lines.push(`     established: ${d.established.findings.map((f) => `${f.findingName} [${f.sources.map((x) => `${x.reference}: ${x.value}`).join('; ') || 'entered by clinician'}]`).join(' and ')}${cite(r, d.established.source)}`);
  }
  d.steps.forEach((s) => lines.push(stepLine(r, s)));
  if (d.mostInformative.length > 0) {
    const w = d.mostInformative
      .map((x) => `${x.findingName} (${x.ifPresent !== undefined ? `if present ${formatPercent(x.ifPresent)}` : ''}${x.ifPresent !== undefined && x.ifAbsent !== undefined ? ', ' : ''}${x.ifAbsent !== undefined ? `if absent ${formatPercent(x.ifAbsent)}` : ''})`)
      .join('; ');
    lines.push(`     would change it most: ${w}`);
  }
  return lines;
}

/**
 * @param r - a differential
 * @param top - how many diagnoses to show with their reasoning
 * @returns a multi-line text report
 */
export function formatDifferentialText(r: DifferentialResult, top = 10): string {
  const out: string[] = [];
  out.push(`AI-generated differential (decision support; the clinician decides) — model ${r.model.id} ${r.model.version}, knowledge ${r.knowledge.id} ${r.knowledge.version}`);
  r.scopeNotes.forEach((n) => out.push(`scope (${n.kind}): ${n.message}`));
  out.push(`now: ${r.now.asOf} (${r.now.basis}${r.now.encounterReference ? `, ${r.now.encounterReference}` : ''})`);
  if (r.status === 'abstained') {
    out.push(`NO DIFFERENTIAL: ${r.abstention?.message ?? 'abstained'}`);
    out.push(`findings read: ${r.findingsUsed.map((f) => `${f.present ? '+' : '−'}${f.findingId}`).join(' ') || '(none)'}`);
    r.warnings.forEach((w) => out.push(`warning: ${w}`));
    evokedLines(r, out);
    notUsedLines(r, out);
    referenceLines(r, out);
    return out.join('\n');
  }
  out.push(`setting: ${r.setting}; presenting problems: ${r.problems.map((p) => `${p.name}${p.via ? ` (${p.via})` : ` (${p.origin})`}`).join(', ')}; input sha256 ${r.inputHash.slice(0, 16)}…`);
  out.push(`findings used: ${r.findingsUsed.map((f) => `${f.present ? '+' : '−'}${f.findingId}`).join(' ') || '(none)'}`);
  r.warnings.forEach((w) => out.push(`warning: ${w}`));
  if (r.established.length > 0) {
    out.push('', 'Established from chart data (meets its definition):');
    r.established.forEach((d) => out.push(...diagnosisLines(r, d)));
  }
  if ((r.subsumed ?? []).length > 0) {
    out.push('', 'Found as one of its forms (not estimated beside it):');
    r.subsumed!.forEach((x) => out.push(`  - ${x.name}${x.cantMiss ? " [can't miss]" : ''}: found as ${x.form.name} (${howText(x.form.how)})${cite(r, x.source)}`));
  }
  const explained = r.explainedProblems ?? [];
  explained.forEach((p) =>
    out.push('', `${p.name} is explained by ${p.explainedBy.map((x) => `${x.name} (${howText(x.how)}${x.source ? `, ${x.source.reference}` : ''})`).join(' and ')}: its other causes are listed as alternatives or coexisting causes, without a probability.`),
  );
  out.push('', 'Differential:');
  r.differential.slice(0, top).forEach((d) => out.push(...diagnosisLines(r, d)));
  if ((r.excluded ?? []).length > 0) {
    out.push('', 'Excluded (the chart results lie outside their definition, or the chart records a diagnosis they cannot coexist with):');
    r.excluded.forEach((e) => {
      const state = e.kind === 'exclusive' ? 'recorded' : 'absent';
      out.push(`  - ${e.name}${e.cantMiss ? " [can't miss]" : ''}: ${e.excludedBy.findings.map((f) => `${f.findingName} ${state} [${f.sources.map((x) => `${x.reference}: ${x.value}`).join('; ') || 'clinician'}]`).join('; ')}${cite(r, e.excludedBy.source)}`);
    });
  }
  out.push('', "Can't-miss diagnoses not yet excluded (probability range reaches the threshold):");
  out.push(r.cantMiss.length ? r.cantMiss.map((d) => `  - ${d.name}: ${d.display}`).join('\n') : '  (none)');
  out.push('', 'Next best tests:');
  if (r.nextBestTests.length === 0) {
    out.push('  (none)');
  }
  for (const t of r.nextBestTests) {
    out.push(
      t.baseline
        ? `  - ${t.testName} (recommended for ${t.baseline.who} with ${t.baseline.problemName.toLowerCase()}: ${t.baseline.recommendation}${cite(r, t.baseline.source)}; burden: ${t.burden})`
        : `  - ${t.testName} (expected information gain ${t.expectedInformationGain.toFixed(3)} bits; burden: ${t.burden})`,
    );
    t.ruleOutFirst?.forEach((w) => out.push(`      first, to rule out ${w.name}: ${w.waiting.join(', ')} ${w.waiting.length > 1 ? 'wait' : 'waits'} for this result (no imaging as the first test at low or intermediate probability: ACP Best Practice Advice 3 for pulmonary embolism, Raja 2015, doi:10.7326/M14-1772, applied to every diagnosis by model policy)`));
    t.outcomes.forEach((o, i) =>
      out.push(
        t.byDefinition
          ? `      ${o.name}: now ${formatPercent(o.now)}; a result inside its definition establishes it, one outside excludes it${cite(r, t.sources[i])}`
          : `      ${o.name}: now ${formatPercent(o.now)}, if positive ${formatPercent(o.ifPositive)}, if negative ${formatPercent(o.ifNegative)}${cite(r, t.sources[i])}`,
      ),
    );
  }
  for (const w of r.imagingWithheld ?? []) {
    out.push(`  No imaging suggested for ${w.problemName.toLowerCase()} without a red flag: ${w.recommendation}${cite(r, w.source)}. Red flags that would change this: ${w.redFlags.map((f) => f.name).join('; ')}.`);
  }
  if (r.unexplained.length > 0) {
    out.push('', 'Findings not explained by the leading diagnoses (clues to a missing diagnosis):');
    r.unexplained.forEach((u) => out.push(`  - ${u.name} [${u.sources.map((s) => `${s.reference}: ${s.value}`).join('; ')}]: ${u.why}`));
  }
  evokedLines(r, out);
  notUsedLines(r, out);
  referenceLines(r, out);
  return out.join('\n');
}

function howText(how: 'definition' | 'chart'): string {
  return how === 'definition' ? 'meets its definition' : 'confirmed at this encounter';
}

function evokedLines(r: DifferentialResult, out: string[]): void {
  if (r.evoked.length === 0) {
    return;
  }
  out.push('', r.status === 'abstained' ? 'Suggested by findings (no presenting problem, so no probability):' : 'Also suggested by findings (not on this problem\'s differential; no probability):');
  for (const e of r.evoked) {
    const why = e.established
      ? `meets its definition: ${e.established.findings.map((f) => `${f.findingName} [${f.sources.map((x) => `${x.reference}: ${x.value}`).join('; ')}]`).join(' and ')}${cite(r, e.established.source)}`
      : e.evidence.map((x) => `${x.findingName} [${x.sources.map((s) => `${s.reference}: ${s.value}`).join('; ')}] LR+ ${x.lr.toFixed(1)}${cite(r, x.source)}`).join('; ');
    out.push(`  - ${e.name}${e.cantMiss ? "  [can't miss]" : ''}: ${why}`);
  }
}

/** Most relevant first: abnormal results, active problems, then by kind. */
const KIND_ORDER = ['unknown-code', 'unit', 'implausible', 'not-current', 'out-of-scope', 'too-old', 'history', 'superseded', 'malformed', 'other'];
function notUsedLines(r: DifferentialResult, out: string[]): void {
  if (r.ignored.length) {
    const sorted = [...r.ignored].sort(
      (a, b) =>
        Number(!!b.abnormal) - Number(!!a.abnormal) ||
        Number(!!b.activeProblem) - Number(!!a.activeProblem) ||
        KIND_ORDER.indexOf(a.kind ?? 'other') - KIND_ORDER.indexOf(b.kind ?? 'other') ||
        (b.date ?? '').localeCompare(a.date ?? ''),
    );
    out.push('', `Not used from the chart (${r.ignored.length}):`);
    sorted.slice(0, 20).forEach((i) => out.push(`  - ${i.display ?? i.reference}${i.display ? ` (${i.reference})` : ''}: ${i.reason}${i.abnormal ? ' [abnormal]' : ''}${i.activeProblem ? ' [active]' : ''}`));
    if (r.ignored.length > 20) {
      out.push(`  … and ${r.ignored.length - 20} more (--json lists all)`);
    }
  }
  if (r.unknownCodes.length) {
    const total = r.unknownCodes.reduce((a, u) => a + u.count, 0);
    out.push('', `Codes not in the knowledge base: ${total} (${r.unknownCodes.length} distinct); most frequent:`);
    r.unknownCodes.slice(0, 8).forEach((u) => out.push(`  - ${u.resourceType} ${u.system}|${u.code}${u.display ? ` ${u.display}` : ''} ×${u.count}`));
  }
}

function referenceLines(r: DifferentialResult, out: string[]): void {
  out.push('', 'References:');
  Object.values(r.citations).forEach((c) =>
    out.push(`  [${c.id}] ${c.authors} ${c.title}. ${c.journal} ${c.year}.${citationLinks(c).map((l) => ` ${l.label}.`).join('')} (${c.status}, ${c.review})`),
  );
}
