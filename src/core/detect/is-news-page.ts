import type { NewsVerdict } from '../types.ts';
import { collectNewsSignals } from './collect-news-signals.ts';
import { scoreNewsSignals } from './score-news-signals.ts';

/**
 * Decides, cheaply, whether a page is a single news article (or a similar story page) worth the fact card.
 * Reads metadata (JSON-LD types, Open Graph, publish time), the URL shape, listing/teaser patterns and the
 * prose mass of `<p>` elements. No layout reads: it runs on every page.
 * @param url the page URL, for home/listing/story-path hints; optional.
 * @returns `{ isNews, score, reasons }`; reasons name each signal that fired, with its weight.
 */
export function isNewsPage(doc: Document, url?: string): NewsVerdict {
  return scoreNewsSignals(collectNewsSignals(doc, url));
}
