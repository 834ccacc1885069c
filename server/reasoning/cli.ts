/**
 * `npm run ddx -- <bundle.json | folder ...> [options]` prints the differential with its reasoning.
 * `npm run ddx -- --findings +pleuritic-chest-pain,-fever --problem chest-pain --setting emergency`
 * runs from findings alone (no chart).
 *
 * Options: --json (machine-readable), --top N, --setting primary-care|emergency, --problem id[,id],
 * --findings [+|-]id[,...] (applied on top of the chart), --as-of ISO-date.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge, KnowledgeError } from '../knowledge/load-knowledge';
import { analyzeSync } from './diagnostic-model';
import { formatDifferentialText } from './format-text';
import type { FindingOverride } from './types';
import type { CareSetting } from '../knowledge/schema';

interface Args {
  files: string[];
  json: boolean;
  top: number;
  setting?: CareSetting;
  problems: string[];
  overrides: FindingOverride[];
  asOf?: string;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run ddx -- <bundle.json|folder ...> [--json] [--top N] [--setting primary-care|emergency] [--problem id,...] [--findings +id,-id,...] [--as-of date]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false, top: 10, problems: [], overrides: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--json') {
      args.json = true;
    } else if (a === '--top') {
      args.top = Number(value());
    } else if (a === '--setting') {
      const s = value();
      if (s !== 'primary-care' && s !== 'emergency') {
        usage(`unknown setting "${s}"`);
      }
      args.setting = s;
    } else if (a === '--problem') {
      args.problems.push(...value().split(','));
    } else if (a === '--findings') {
      for (const f of value().split(',').filter(Boolean)) {
        const state = f.startsWith('-') ? 'absent' : 'present';
        args.overrides.push({ findingId: f.replace(/^[+-]/, ''), state });
      }
    } else if (a === '--as-of') {
      args.asOf = value();
    } else if (a.startsWith('--')) {
      usage(`unknown option ${a}`);
    } else {
      args.files.push(a);
    }
  }
  return args;
}

function expand(paths: string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((n) => n.endsWith('.json')).sort().map((n) => join(p, n)) : [p]));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.files.length === 0 && args.overrides.length === 0 && args.problems.length === 0) {
    usage('give a FHIR Bundle (file or folder) or --findings/--problem');
  }
  const kb = loadKnowledge();
  const charts: { name: string; chart: unknown }[] = args.files.length
    ? expand(args.files).map((file) => {
        try {
          return { name: file, chart: JSON.parse(readFileSync(file, 'utf8')) };
        } catch (err) {
          process.stderr.write(`${file}: cannot read as JSON (${(err as Error).message}); skipped\n`);
          return { name: file, chart: [] };
        }
      })
    : [{ name: '(findings only)', chart: [] }];
  const results = charts.map(({ name, chart }) => {
    const { result, verification } = analyzeSync(kb, { chart, overrides: args.overrides, problems: args.problems, setting: args.setting, extractOptions: { asOf: args.asOf } });
    return { name, result, verification };
  });
  if (args.json) {
    process.stdout.write(`${JSON.stringify(results.map((r) => ({ file: r.name, ...r.result, verification: { ok: r.verification.ok, dropped: r.verification.dropped } })), null, 2)}\n`);
    return;
  }
  for (const r of results) {
    process.stdout.write(`\n=== ${r.name}\n${formatDifferentialText(r.result, args.top)}\n`);
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
