import { checkReaderable } from './check-readerable.ts';
import { classifyUrl, type UrlHint } from './classify-url.ts';
import { measureProse, type ProseStats } from './measure-prose.ts';
import { readJsonLdTypes } from './read-json-ld-types.ts';

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

function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim().toLowerCase() ?? null;
}

/**
 * Reads every detection signal from the page, without layout reads and without a full-document text scan
 * (only `<p>` text, capped, and what isProbablyReaderable reads, which stops early).
 * @param withReaderable false skips isProbablyReaderable (then `readerable` is false): see isNewsPage.
 */
export function collectNewsSignals(doc: Document, url?: string, withReaderable = true): NewsSignals {
  const prose = measureProse(doc);
  return {
    jsonLdTypes: [...readJsonLdTypes(doc)],
    ogType: metaContent(doc, 'og:type'),
    published: !!(
      metaContent(doc, 'article:published_time') ||
      doc.querySelector('[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"], meta[property="og:article:published_time"]')
    ),
    url: classifyUrl(url),
    articles: doc.getElementsByTagName('article').length,
    linkedHeadings: doc.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3').length,
    h1: doc.getElementsByTagName('h1').length,
    images: doc.getElementsByTagName('img').length,
    prose,
    readerable: withReaderable && checkReaderable(doc, prose),
  };
}
