import { checkReaderable } from './check-readerable.ts';
import { classifyUrl, type UrlHint } from './classify-url.ts';
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

/**
 * Reads every detection signal from the page, without layout reads and without a full-document text scan
 * (only `<p>` text, capped, and what isProbablyReaderable reads, which stops early).
 * @param withReaderable false skips isProbablyReaderable (then `readerable` is false): see isNewsPage.
 */
export function collectNewsSignals(doc: Document, url?: string, withReaderable = true): NewsSignals {
  const prose = measureProse(doc);
  const meta = scanMetadata(doc);
  return {
    jsonLdTypes: [...readJsonLdTypesFrom(meta.ldScripts)],
    ogType: meta.ogType,
    published: meta.published,
    url: classifyUrl(url),
    articles: doc.getElementsByTagName('article').length,
    linkedHeadings: doc.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3').length,
    h1: doc.getElementsByTagName('h1').length,
    images: doc.getElementsByTagName('img').length,
    prose,
    readerable: withReaderable && checkReaderable(doc, prose),
  };
}
