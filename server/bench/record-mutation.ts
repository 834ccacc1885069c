/**
 * Records a Stryker run in the committed bench output (bench-output/mutation.json, issue 19): reads
 * Stryker's JSON report (reports/mutation/mutation.json), replaces the entry of every file it mutated
 * (counts, score, the score before, and each surviving mutant), and recomputes each module's summary
 * over all the files recorded for it. Explanations written for a file's survivors are kept while the
 * file's survivors are unchanged.
 *
 *   npx stryker run --mutate <files> && npx tsx server/bench/record-mutation.ts "<label>" <seconds>
 *   (a run of stryker.fast.json writes reports/mutation/mutation-fast.json: pass that path as a third argument)
 */
import { readFileSync, writeFileSync } from 'node:fs';

const MODULES = ['cds-hooks/auth', 'cds-hooks/prefetch', 'cds-hooks/cards', 'server/consent', 'server/auth', 'server/store', 'server/reasoning', 'server/evaluation'];
const STATUSES = ['Killed', 'Survived', 'Timeout', 'NoCoverage', 'RuntimeError', 'CompileError', 'Ignored'] as const;
const KEY: Record<(typeof STATUSES)[number], string> = {
  Killed: 'killed',
  Survived: 'survived',
  Timeout: 'timeout',
  NoCoverage: 'noCoverage',
  RuntimeError: 'runtimeError',
  CompileError: 'compileError',
  Ignored: 'ignored',
};

interface StrykerMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
type Counts = Record<string, number>;

/** Stryker's score: detected (killed or timed out) over valid mutants (not compile or runtime errors, not ignored). */
function score(c: Counts): number {
  const detected = (c.killed ?? 0) + (c.timeout ?? 0);
  const valid = detected + (c.survived ?? 0) + (c.noCoverage ?? 0);
  return valid === 0 ? 0 : Math.round((10000 * detected) / valid) / 100;
}

/** The mutated code (Stryker's locations: lines from 1, columns from 1, end exclusive), on one line. */
function originalText(lines: readonly string[], start: { line: number; column: number }, end: { line: number; column: number }): string {
  const parts = lines.slice(start.line - 1, end.line);
  if (parts.length === 0) {
    return '';
  }
  parts[parts.length - 1] = parts[parts.length - 1].slice(0, start.line === end.line ? end.column - 1 : end.column - 1);
  parts[0] = parts[0].slice(start.column - 1);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function main(): void {
  const [label = 'manual run', seconds = '0', reportPath = 'reports/mutation/mutation.json'] = process.argv.slice(2);
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { files: Record<string, { source: string; mutants: StrykerMutant[] }> };
  const out = JSON.parse(readFileSync('bench-output/mutation.json', 'utf8')) as {
    runs: { label: string; date: string; seconds: number; files: string[]; mutateArg: string }[];
    modules: Record<string, { summary: Record<string, unknown>; files: Record<string, Record<string, unknown>> }>;
  };
  const date = new Date().toISOString();
  const files = Object.keys(report.files).sort();
  for (const file of files) {
    const module = MODULES.find((m) => file.startsWith(`${m}/`));
    if (!module) {
      continue;
    }
    const lines = report.files[file].source.split('\n');
    const counts: Counts = Object.fromEntries(STATUSES.map((s) => [KEY[s], 0]));
    const survivors: { at: string; status: string; mutator: string; original: string; replacement: string }[] = [];
    for (const m of report.files[file].mutants) {
      const key = KEY[m.status as (typeof STATUSES)[number]];
      if (key) {
        counts[key] += 1;
      }
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const { start, end } = m.location;
        survivors.push({ at: `${file}:${start.line}:${start.column}`, status: m.status, mutator: m.mutatorName, original: originalText(lines, start, end).slice(0, 160), replacement: (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 160) });
      }
    }
    const entry = (out.modules[module] ??= { summary: {}, files: {} });
    const previous = entry.files[file] as (Counts & { mutationScore?: number; survivors?: { at: string }[]; survivorsExplained?: string }) | undefined;
    const sameSurvivors = previous?.survivors !== undefined && JSON.stringify(previous.survivors.map((s) => s.at)) === JSON.stringify(survivors.map((s) => s.at));
    entry.files[file] = {
      date,
      run: label,
      ...counts,
      total: report.files[file].mutants.length,
      mutationScore: score(counts),
      previousScore: previous?.mutationScore ?? null,
      survivors,
      ...(sameSurvivors && previous?.survivorsExplained ? { survivorsExplained: previous.survivorsExplained } : {}),
    };
  }
  for (const [, entry] of Object.entries(out.modules)) {
    const sum: Counts = Object.fromEntries(STATUSES.map((s) => [KEY[s], 0]));
    let total = 0;
    for (const f of Object.values(entry.files) as Counts[]) {
      STATUSES.forEach((s) => (sum[KEY[s]] += f[KEY[s]] ?? 0));
      total += f.total ?? 0;
    }
    entry.summary = { ...sum, total, mutationScore: score(sum), filesRun: Object.keys(entry.files).sort() };
  }
  out.runs.push({ label, date, seconds: Number(seconds), files, mutateArg: files.join(',') });
  writeFileSync('bench-output/mutation.json', `${JSON.stringify(out, null, 2)}\n`);
  for (const [name, entry] of Object.entries(out.modules)) {
    process.stdout.write(`${name}: ${String(entry.summary.mutationScore)}% (${(entry.summary.filesRun as string[]).length} files)\n`);
  }
}

main();
