/**
 * Initial JavaScript of the SMART app, gzipped: the scripts and module preloads that index.html
 * loads before anything else (lazy chunks excluded).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  page: string;
  files: string[];
  rawKb: number;
  gzipKb: number;
}

/**
 * @param distDir - the vite build output
 * @param page - the HTML entry (index.html or launch.html)
 * @returns sizes in KiB, or undefined when the app is not built
 */
export function measureInitialJs(distDir: string, page = 'index.html'): BundleSize | undefined {
  const html = join(distDir, page);
  if (!existsSync(html)) {
    return undefined;
  }
  const text = readFileSync(html, 'utf8');
  const refs = [...text.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]);
  const files = [...new Set(refs)];
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(join(distDir, f.replace(/^\//, '')));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { page, files, rawKb: Math.round((raw / 1024) * 10) / 10, gzipKb: Math.round((gz / 1024) * 10) / 10 };
}
