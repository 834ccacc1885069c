/**
 * `npm run ddx -- <bundle.json | folder ...> [options]` prints the differential with its reasoning.
 * `npm run ddx -- --findings +pleuritic-chest-pain,-fever --problem chest-pain --setting emergency --age 35 --sex female`
 * runs from findings alone (no chart).
 *
 * Folders are read one Bundle at a time and each result is printed as soon as it is computed, so memory
 * stays constant however many Bundles there are (JSON output is one object per line, NDJSON).
 *
 * Options: --json (NDJSON), --summary (counts only: abstentions and why, problems recognised, top
 * diagnoses), --top N, --setting primary-care|emergency, --problem id[,id], --findings [+|-]id[,...]
 * (applied on top of the chart), --as-of ISO-date (the reference time), --encounter id (the encounter in
 * context), --age N and --sex male|female (findings-only runs), --include-child.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge, KnowledgeError } from '../knowledge/load-knowledge';
import { analyzeSync } from './diagnostic-model';
import { formatDifferentialText } from './format-text';
import type { DifferentialResult, FindingOverride } from './types';
import type { CareSetting } from '../knowledge/schema';

interface Args {
  files: string[];
  json: boolean;
  summary: boolean;
  top: number;
  setting?: CareSetting;
  problems: string[];
  overrides: FindingOverride[];
  asOf?: string;
  encounterId?: string;
  age?: number;
  sex?: 'male' | 'female';
  includeChild: boolean;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run ddx -- <bundle.json|folder ...> [--json] [--summary] [--top N] [--setting primary-care|emergency] [--problem id,...] [--findings +id,-id,...] [--as-of date] [--encounter id] [--age N] [--sex male|female] [--include-child]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false, summary: false, top: 10, problems: [], overrides: [], includeChild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--json') {
      args.json = true;
    } else if (a === '--summary') {
      args.summary = true;
    } else if (a === '--include-child') {
      args.includeChild = true;
    } else if (a === '--top') {
      args.top = Number(value());
    } else if (a === '--setting') {
      const s = value();
      if (s !== 'primary-care' && s !== 'emergency') {
        usage(`unknown setting "${s}"`);
      }
      args.setting = s;
    } else if (a === '--problem') {
      args.problems.push(...value().split(',').filter(Boolean));
    } else if (a === '--findings') {
      for (const f of value().split(',').filter(Boolean)) {
        const state = f.startsWith('-') ? 'absent' : 'present';
        args.overrides.push({ findingId: f.replace(/^[+-]/, ''), state });
      }
    } else if (a === '--as-of') {
      args.asOf = value();
      if (Number.isNaN(Date.parse(args.asOf))) {
        usage(`--as-of "${args.asOf}" is not a date`);
      }
    } else if (a === '--encounter') {
      args.encounterId = value();
    } else if (a === '--age') {
      args.age = Number(value());
      if (!Number.isFinite(args.age) || args.age < 0 || args.age > 130) {
        usage('--age needs a number of years');
      }
    } else if (a === '--sex') {
      const s = value();
      if (s !== 'male' && s !== 'female') {
        usage(`unknown sex "${s}" (male or female)`);
      }
      args.sex = s;
    } else if (a.startsWith('--')) {
      usage(`unknown option ${a}`);
    } else {
      args.files.push(a);
    }
  }
  return args;
}

/** Bundle files, one at a time (folders are listed, not read, up front). */
function* chartFiles(paths: string[]): Generator<string> {
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).filter((n) => n.endsWith('.json')).sort()) {
        yield join(p, name);
      }
    } else {
      yield p;
    }
  }
}

/** A synthetic Patient for a findings-only run, so that age and sex apply (applicability, age findings). */
function syntheticPatient(args: Args, asOf: string): unknown[] {
  if (args.age === undefined && args.sex === undefined) {
    return [];
  }
  const birthYear = args.age === undefined ? undefined : new Date(asOf).getUTCFullYear() - Math.floor(args.age) - 1;
  return [{ resourceType: 'Patient', id: 'cli-patient', ...(args.sex ? { gender: args.sex } : {}), ...(birthYear ? { birthDate: `${birthYear}-01-01` } : {}) }];
}

interface Summary {
  charts: number;
  unreadable: number;
  differentials: number;
  abstained: Record<string, number>;
  problems: Record<string, number>;
  problemsVia: Record<string, number>;
  top1: Record<string, number>;
  evoked: Record<string, number>;
  cantMiss: Record<string, number>;
  ms: number[];
}

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function addToSummary(s: Summary, r: DifferentialResult, ms: number): void {
  s.charts++;
  s.ms.push(ms);
  if (r.status === 'abstained') {
    count(s.abstained, r.abstention?.kind ?? 'unknown');
  } else {
    s.differentials++;
    if (r.differential[0]) {
      count(s.top1, r.differential[0].conditionId);
    }
  }
  r.problems.forEach((p) => {
    count(s.problems, p.problemId);
    count(s.problemsVia, p.via ?? p.origin);
  });
  r.evoked.forEach((e) => count(s.evoked, e.conditionId));
  r.cantMiss.forEach((d) => count(s.cantMiss, d.conditionId));
}

function printSummary(s: Summary): void {
  const sorted = (m: Record<string, number>): string =>
    Object.entries(m)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || '(none)';
  const ms = [...s.ms].sort((a, b) => a - b);
  const pct = (q: number): string => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(1) : '-');
  process.stdout.write(
    [
      `charts: ${s.charts}${s.unreadable ? ` (${s.unreadable} unreadable, skipped)` : ''}`,
      `differentials: ${s.differentials}`,
      `abstentions: ${Object.values(s.abstained).reduce((a, b) => a + b, 0)} (${sorted(s.abstained)})`,
      `problems recognised: ${sorted(s.problems)}`,
      `problems recognised from: ${sorted(s.problemsVia)}`,
      `top diagnosis: ${sorted(s.top1)}`,
      `can't-miss listed: ${sorted(s.cantMiss)}`,
      `suggested by findings (no problem): ${sorted(s.evoked)}`,
      `engine ms per chart: median ${pct(0.5)}, p95 ${pct(0.95)}, max ${ms.length ? ms[ms.length - 1].toFixed(1) : '-'}`,
      '',
    ].join('\n'),
  );
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.files.length === 0 && args.overrides.length === 0 && args.problems.length === 0) {
    usage('give a FHIR Bundle (file or folder) or --findings/--problem');
  }
  const kb = loadKnowledge();
  const summary: Summary = { charts: 0, unreadable: 0, differentials: 0, abstained: {}, problems: {}, problemsVia: {}, top1: {}, evoked: {}, cantMiss: {}, ms: [] };
  const run = (name: string, chart: unknown): void => {
    const started = performance.now();
    const { result, verification } = analyzeSync(kb, {
      chart,
      overrides: args.overrides,
      problems: args.problems,
      setting: args.setting,
      includeChild: args.includeChild,
      extractOptions: { asOf: args.asOf, encounterId: args.encounterId },
    });
    const ms = performance.now() - started;
    if (args.summary) {
      addToSummary(summary, result, ms);
    } else if (args.json) {
      process.stdout.write(`${JSON.stringify({ file: name, ...result, verification: { ok: verification.ok, dropped: verification.dropped } })}\n`);
    } else {
      process.stdout.write(`\n=== ${name}\n${formatDifferentialText(result, args.top)}\n`);
    }
  };
  if (args.files.length === 0) {
    run('(findings only)', syntheticPatient(args, args.asOf ?? new Date().toISOString()));
  }
  for (const file of chartFiles(args.files)) {
    let chart: unknown;
    try {
      chart = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      process.stderr.write(`${file}: cannot read as JSON (${(err as Error).message}); skipped\n`);
      summary.unreadable++;
      continue;
    }
    run(file, chart);
  }
  if (args.summary) {
    printSummary(summary);
  }
}

try {
  main();
} catch (err) {
  if (err instanceof KnowledgeError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
