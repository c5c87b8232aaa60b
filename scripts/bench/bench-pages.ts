/**
 * Which pages the benchmark runs: a sample of the corpus (articles as "news", non-articles as "non-news"),
 * or, without a corpus, our own fixture pages (tests/fixtures/pages/*.html, split by their expected.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resolved } from '../lib/static-server.ts';
import { corpusResolver, loadCorpus, pagePath, type ManifestRow } from '../eval/corpus.ts';
import { sampleEvenly } from '../eval/metrics-text.ts';
import { addressesFor } from '../eval/run-corpus.ts';

export interface BenchPage {
  id: string;
  /** Where our server has the page. */
  path: string;
  /** The path and query the page is opened at on its bench site (bench-sites.ts): its original one when known. */
  openPath: string;
  news: boolean;
}

/** The path and query the eval opens a row at (run-corpus.ts addressesFor): its original URL's when known. */
function openPathOf(row: ManifestRow): string {
  const { open, local } = addressesFor(row, '', 'original');
  if (open === local) return local;
  const u = new URL(open);
  return u.pathname + u.search;
}

export interface BenchSet {
  from: 'corpus' | 'fixtures';
  pages: BenchPage[];
  resolve: (urlPath: string) => Resolved | null;
}

/** `count` corpus pages of each kind, spread over the manifest; null when the corpus is absent. */
export function corpusBenchSet(dir: string, count: { news: number; other: number }): BenchSet | null {
  const corpus = loadCorpus(dir);
  if (!corpus) return null;
  const news = sampleEvenly(corpus.rows.filter((r) => r.label === 'article'), count.news);
  // Heuristic non-articles only when the firm label runs short.
  const firm = corpus.rows.filter((r) => r.label === 'non-article');
  const other = sampleEvenly(firm.length >= count.other ? firm : [...firm, ...corpus.rows.filter((r) => r.label === 'non-article?')], count.other);
  const page = (r: ManifestRow, isNews: boolean): BenchPage => ({ id: r.id, path: pagePath(r.id), openPath: openPathOf(r), news: isNews });
  const pages = [...news.map((r) => page(r, true)), ...other.map((r) => page(r, false))];
  return { from: 'corpus', pages, resolve: corpusResolver(corpus) };
}

/** Our fixture pages, news or not according to their `<slug>.expected.json`. */
export function fixtureBenchSet(dir: string): BenchSet {
  const pages: BenchPage[] = [];
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
      const expected = join(dir, file.replace(/\.html$/, '.expected.json'));
      const isNews = existsSync(expected) ? (JSON.parse(readFileSync(expected, 'utf8')) as { isNews?: boolean }).isNews === true : true;
      pages.push({ id: file, path: `/${file}`, openPath: `/${file}`, news: isNews });
    }
  }
  return {
    from: 'fixtures',
    pages,
    resolve: (urlPath) => {
      const page = pages.find((p) => p.path === urlPath);
      return page ? { body: readFileSync(join(dir, page.id)), type: 'text/html' } : null;
    },
  };
}
