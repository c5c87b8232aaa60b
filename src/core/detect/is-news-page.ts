import type { NewsVerdict } from '../types.ts';
import { checkReaderable } from './check-readerable.ts';
import { collectNewsSignals } from './collect-news-signals.ts';
import { scoreNewsSignals } from './score-news-signals.ts';

/**
 * Decides, cheaply, whether a page is a single news article (or a similar story page) worth the fact card.
 * Reads metadata (JSON-LD types, Open Graph, publish time), the URL shape, listing/teaser patterns and the
 * prose mass of `<p>` elements. No layout reads: it runs on every page.
 * isProbablyReaderable walks many nodes, so it runs only when its answer could change the verdict: the
 * cheap signals are scored both ways first, and when both agree the verdict is the same as with it.
 * @param url the page URL, for home/listing/story-path hints; optional.
 * @returns `{ isNews, score, reasons }`; reasons name each signal that fired, with its weight.
 */
export function isNewsPage(doc: Document, url?: string): NewsVerdict {
  const cheap = collectNewsSignals(doc, url, false);
  const ifReaderable = scoreNewsSignals({ ...cheap, readerable: true });
  const ifNot = scoreNewsSignals(cheap);
  if (ifReaderable.isNews === ifNot.isNews) {
    const v = ifNot.isNews ? ifReaderable : ifNot;
    return { ...v, reasons: [...v.reasons, 'readerable-check-skipped'] };
  }
  return scoreNewsSignals({ ...cheap, readerable: checkReaderable(doc, cheap.prose) });
}
