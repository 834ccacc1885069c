/**
 * Archived labels: one JSON file per released model and knowledge version (`versions/<model>+kb.<kb>.json`),
 * written by `npm run eval` and committed, so that the label a stored suggestion or card points to stays
 * readable after the model moves on. The running version's label is always built live.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FullLabelSchema, type FullLabel } from './full-label';

export const ARCHIVE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'versions');

const ArchivedSchema = z.strictObject({ full: FullLabelSchema, base: z.record(z.string(), z.unknown()) });
export type ArchivedLabel = { full: FullLabel; base: Record<string, unknown> };

const KEY = /^\d+\.\d+\.\d+\+kb\.\d+\.\d+\.\d+$/;

/** The archived label versions, oldest first. */
export function archivedVersions(dir = ARCHIVE_DIR): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && KEY.test(f.slice(0, -5)))
    .map((f) => f.slice(0, -5))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * @param key - `<model version>+kb.<knowledge version>`, or a model version alone (then the newest knowledge for it)
 * @returns the archived label, or undefined
 */
export function readArchived(key: string, dir = ARCHIVE_DIR): ArchivedLabel | undefined {
  const versions = archivedVersions(dir);
  const found = KEY.test(key) ? versions.find((v) => v === key) : versions.filter((v) => v.startsWith(`${key}+kb.`)).pop();
  if (!found) {
    return undefined;
  }
  return ArchivedSchema.parse(JSON.parse(readFileSync(join(dir, `${found}.json`), 'utf8'))) as ArchivedLabel;
}

/** Writes (or replaces) the archived label of one version. */
export function writeArchived(label: ArchivedLabel, dir = ARCHIVE_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${label.full.labelVersion}.json`);
  writeFileSync(file, `${JSON.stringify(label, null, 2)}\n`);
  return file;
}
