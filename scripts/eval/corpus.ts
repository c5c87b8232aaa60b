/**
 * Loads the evaluation corpus (../shared/corpus): manifest rows, hand labels, ground-truth text, and a resolver
 * that serves `pages/<id>.html.gz` decompressed with the manifest's charset. Read-only; nothing is copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Resolved } from '../lib/static-server.ts';
import { splitTruthSentences, sampleEvenly } from './metrics-text.ts';

export type PageLabel = 'article' | 'non-article' | 'non-article?' | null;

export interface ManifestRow {
  id: string;
  source: string;
  lang: string;
  label: PageLabel;
  title: string | null;
  encoding: string;
  sha1: string;
  page: string;
  truth_files: string[];
  truth_kind: string | null;
  url?: string | null;
  url_guess?: string | null;
}

export interface UpsellSnippet {
  kind: string;
  text: string;
  where?: string;
  /** Where the block sits in the page: `tag#id.class > …` (class names unescaped, e.g. `md:block`). */
  path?: string;
}

export interface UpsellLabel {
  id: string;
  lang: string;
  upsell: UpsellSnippet[];
  keep: string[];
  doubtful?: { text: string; why?: string }[];
}

/** One row of labels/facts.jsonl, kept loose: FACTS's scorer owns its meaning. */
export interface FactsLabel {
  id: string;
  lang: string;
  [key: string]: unknown;
}

export interface Corpus {
  dir: string;
  rows: ManifestRow[];
  byId: Map<string, ManifestRow>;
  upsell: Map<string, UpsellLabel>;
  facts: Map<string, FactsLabel>;
}

/** A ground-truth article snippet; `tier` says whether it comes from a human/maintainer-checked source. */
export interface TruthSnippet {
  text: string;
  tier: 'gold' | 'tool';
}

function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Loads the corpus, or returns null when the folder or its manifest is absent. */
export function loadCorpus(dir: string): Corpus | null {
  const manifest = join(dir, 'manifest.jsonl');
  if (!existsSync(manifest)) return null;
  const rows = readJsonl<ManifestRow>(manifest);
  const byKey = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));
  return {
    dir,
    rows,
    byId: byKey(rows),
    upsell: byKey(readJsonl<UpsellLabel>(join(dir, 'labels', 'upsell.jsonl'))),
    facts: byKey(readJsonl<FactsLabel>(join(dir, 'labels', 'facts.jsonl'))),
  };
}

const CHARSETS: Record<string, string> = {
  'utf-8-sig': 'utf-8',
  'utf-8-replace': 'utf-8',
  cp1252: 'windows-1252',
};

/** The HTTP charset for a manifest `encoding` (Python codec names → WHATWG labels). */
export function httpCharset(encoding: string | null | undefined): string {
  const enc = (encoding ?? 'utf-8').toLowerCase();
  return CHARSETS[enc] ?? enc;
}

/** URL path under which the server exposes a corpus page. */
export function pagePath(id: string): string {
  return `/pages/${encodeURIComponent(id)}.html`;
}

/** A `resolve` function for startServer: `/pages/<id>.html` → the gunzipped page with its charset. */
export function corpusResolver(corpus: Corpus): (urlPath: string) => Resolved | null {
  return (urlPath) => {
    const m = /^\/pages\/([^/]+)\.html$/.exec(urlPath);
    if (!m?.[1]) return null;
    let id: string;
    try {
      id = decodeURIComponent(m[1]);
    } catch {
      return null;
    }
    const row = corpus.byId.get(id);
    if (!row) return null;
    const body = gunzipSync(readFileSync(join(corpus.dir, row.page)));
    return { body, type: 'text/html', charset: httpCharset(row.encoding) };
  };
}

const GOLD_KINDS = [/human-annotated/, /fundus-parser-annotation/, /readability-expected-output/, /^snippets/];
const TOOL_KINDS = [/newspaper-regression-output/, /graby-parsed-output/, /first words of content/];

function readJson(file: string): Record<string, unknown> | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * Up to `max` ground-truth article snippets of a page: sentences of `truth/<id>.txt` (sampled evenly over the
 * text), trafilatura's `with` snippets and postlight's first words. Empty when the page has no usable truth.
 */
export function truthSnippets(corpus: Corpus, row: ManifestRow, max = 20): TruthSnippet[] {
  const kind = row.truth_kind ?? '';
  const tier = GOLD_KINDS.some((re) => re.test(kind)) ? 'gold' : TOOL_KINDS.some((re) => re.test(kind)) ? 'tool' : null;
  if (!tier) return [];
  const texts: string[] = [];
  const txt = join(corpus.dir, 'truth', `${row.id}.txt`);
  if (existsSync(txt)) texts.push(...splitTruthSentences(readFileSync(txt, 'utf8')));
  const meta = readJson(join(corpus.dir, 'truth', `${row.id}.meta.json`));
  if (meta) {
    const withSnippets = meta['with'];
    if (Array.isArray(withSnippets)) texts.push(...withSnippets.filter((s): s is string => typeof s === 'string'));
    const first = meta['content_first_words'];
    if (typeof first === 'string' && first.length >= 20) texts.push(first);
  }
  return sampleEvenly([...new Set(texts)], max).map((text) => ({ text, tier }));
}
