import { checkReaderable } from './check-readerable.ts';
import { classifyUrl, type ParsedUrl, type UrlHint } from './classify-url.ts';
import { measureProse, type ProseStats } from './measure-prose.ts';
import { readJsonLdTypesFrom } from './read-json-ld-types.ts';
import { scanMetadata } from './scan-metadata.ts';

/** Raw, cheap observations about a page; `score-news-signals.ts` turns them into a verdict. */
export interface NewsSignals {
  jsonLdTypes: string[];
  ogType: string | null;
  published: boolean;
  url: UrlHint;
  articles: number;
  linkedHeadings: number;
  h1: number;
  images: number;
  prose: ProseStats;
  readerable: boolean;
}

/** What the page declares about itself: metadata (one selector walk, JSON-LD text) and the URL's shape. */
export type DeclaredSignals = Pick<NewsSignals, 'jsonLdTypes' | 'ogType' | 'published' | 'url'>;
/** Element counts: teaser cards and rails, headings, images (one walk each, native). */
export type LayoutSignals = Pick<NewsSignals, 'articles' | 'linkedHeadings' | 'h1' | 'images'>;

/** Reads the page's metadata and classifies its URL: the cheapest signals, read first. */
export function readDeclaredSignals(doc: Document, url?: string | ParsedUrl): DeclaredSignals {
  const meta = scanMetadata(doc);
  return { jsonLdTypes: [...readJsonLdTypesFrom(meta.ldScripts)], ogType: meta.ogType, published: meta.published, url: classifyUrl(url) };
}

/** Counts `<article>`s, linked headings, `<h1>`s and `<img>`s. */
export function countLayoutSignals(doc: Document): LayoutSignals {
  return {
    articles: doc.getElementsByTagName('article').length,
    linkedHeadings: doc.querySelectorAll(':is(h2, h3, h4) a, a :is(h2, h3)').length,
    h1: doc.getElementsByTagName('h1').length,
    images: doc.getElementsByTagName('img').length,
  };
}

/**
 * Reads every detection signal from the page, without layout reads and without a full-document text scan
 * (only `<p>` text, capped, and what isProbablyReaderable reads, which stops early).
 * @param withReaderable false skips isProbablyReaderable (then `readerable` is false): see isNewsPage.
 */
export function collectNewsSignals(doc: Document, url?: string | ParsedUrl, withReaderable = true): NewsSignals {
  const prose = measureProse(doc);
  return {
    ...readDeclaredSignals(doc, url),
    ...countLayoutSignals(doc),
    prose,
    readerable: withReaderable && checkReaderable(doc, prose),
  };
}
