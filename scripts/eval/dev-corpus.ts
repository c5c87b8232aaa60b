/**
 * Shared by the fast node+jsdom development loops (dev-detect, dev-upsell): read the corpus manifest, load a
 * page (gunzip + the declared encoding), parse it with jsdom without scripts or resources, and run a job over
 * pages in a small worker pool (the machine has 2 shared cores: 1–2 workers at most).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

// No @types/jsdom in the project: type the two constructors we use, locally.
export interface JSDOM {
  window: Window & typeof globalThis & { close(): void };
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, opts: { url: string; virtualConsole: object }) => JSDOM;
  VirtualConsole: new () => object;
};

export interface ManifestRow {
  id: string;
  lang: string;
  label: string | null;
  url?: string | null;
  url_guess?: string | null;
  encoding?: string;
  page: string;
  truth_files?: string[];
}

/** `--corpus <dir>` (or `--corpus=<dir>`); null when absent from argv or from disk, so callers can skip. */
export function corpusArg(argv = process.argv): string | null {
  const i = argv.findIndex((a) => a === '--corpus' || a.startsWith('--corpus='));
  if (i < 0) return null;
  const dir = argv[i]!.includes('=') ? argv[i]!.split('=')[1]! : argv[i + 1];
  if (!dir || !existsSync(join(dir, 'manifest.jsonl'))) return null;
  return dir;
}

export function numArg(name: string, fallback: number, argv = process.argv): number {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function readManifest(corpus: string): ManifestRow[] {
  return readJsonl<ManifestRow>(join(corpus, 'manifest.jsonl'));
}

export function pageUrl(row: ManifestRow): string {
  return row.url ?? row.url_guess ?? 'http://127.0.0.1/page.html';
}

/** Decoded HTML of one page. */
export function loadHtml(corpus: string, row: ManifestRow): string {
  const bytes = gunzipSync(readFileSync(join(corpus, row.page)));
  const enc = (row.encoding ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(enc).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** jsdom without scripts, resources or CSS errors in the console. */
export function parse(html: string, url: string): JSDOM {
  const virtualConsole = new VirtualConsole();
  let safeUrl = url;
  try {
    new URL(url);
  } catch {
    safeUrl = 'http://127.0.0.1/page.html';
  }
  return new JSDOM(html, { url: safeUrl, virtualConsole });
}

/**
 * Runs `workerFile` (a .ts module that reads `workerData.items` and posts one message per item) over
 * `items` split across `workers` threads; collects results in any order.
 */
export async function runPool<I, R>(workerFile: URL, items: I[], workers: number, extra: object = {}): Promise<R[]> {
  const n = Math.max(1, Math.min(2, workers));
  const chunks: I[][] = Array.from({ length: n }, () => []);
  items.forEach((it, i) => chunks[i % n]!.push(it));
  const results: R[] = [];
  await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          // Node 20 ignores `--import tsx` in worker execArgv: register tsx's loader from a tiny bootstrap.
          const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerFile.href)}); });`;
          const w = new Worker(boot, { eval: true, workerData: { items: chunk, ...extra } });
          w.on('message', (r: R) => {
            results.push(r);
            if (results.length % 50 === 0) process.stderr.write(`  ${results.length}/${items.length}\n`);
          });
          w.on('error', reject);
          w.on('exit', () => resolve());
        }),
    ),
  );
  return results;
}
