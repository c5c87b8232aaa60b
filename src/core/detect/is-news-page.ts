import type { NewsVerdict } from '../types.ts';
import { BEST_LAYOUT, BEST_PROSE, observedReasons } from './best-case-signals.ts';
import { checkReaderable } from './check-readerable.ts';
import { countLayoutSignals, readDeclaredSignals, type NewsSignals } from './collect-news-signals.ts';
import { measureProse } from './measure-prose.ts';
import { scoreNewsSignals } from './score-news-signals.ts';
import type { ParsedUrl } from './classify-url.ts';

/** A not-news verdict reached with the signals of `skipped` (and after) assumed at their best. */
function notNewsAtBest(bound: NewsVerdict, skipped: 'layout' | 'prose'): NewsVerdict {
  return { isNews: false, score: bound.score, reasons: [...observedReasons(bound.reasons, skipped), `${skipped}-check-skipped(at-most:${bound.score})`] };
}

/**
 * Decides, cheaply, whether a page is a single news article (or a similar story page) worth the fact card.
 * Reads metadata (JSON-LD types, Open Graph, publish time), the URL shape, listing/teaser patterns and the
 * prose mass of `<p>` elements. No layout reads: it runs on every page.
 * The signals are read cheapest first, and reading stops as soon as the rest cannot change the verdict: after
 * the metadata and URL, and again after the element counts, the page is scored with everything still unread
 * at its best (BEST_LAYOUT, BEST_PROSE, readerable); below the threshold even then, it is not news, exactly as
 * the full score would say. isProbablyReaderable, which walks many nodes, runs only when its answer decides.
 * @param url the page URL, for home/listing/story-path hints; optional.
 * @returns `{ isNews, score, reasons }`; reasons name each signal that fired, with its weight (an early
 * verdict gives the upper bound as its score and says which check it skipped).
 */
export function isNewsPage(doc: Document, url?: string | ParsedUrl): NewsVerdict {
  const s: NewsSignals = { ...readDeclaredSignals(doc, url), ...BEST_LAYOUT, prose: BEST_PROSE, readerable: true };
  const atBest = scoreNewsSignals(s);
  if (!atBest.isNews) return notNewsAtBest(atBest, 'layout');
  Object.assign(s, countLayoutSignals(doc));
  const withLayout = scoreNewsSignals(s);
  if (!withLayout.isNews) return notNewsAtBest(withLayout, 'prose');
  s.prose = measureProse(doc);
  const ifReaderable = scoreNewsSignals(s);
  s.readerable = false;
  const ifNot = scoreNewsSignals(s);
  if (ifReaderable.isNews === ifNot.isNews) {
    const v = ifNot.isNews ? ifReaderable : ifNot;
    return { ...v, reasons: [...v.reasons, 'readerable-check-skipped'] };
  }
  s.readerable = checkReaderable(doc, s.prose);
  return scoreNewsSignals(s);
}
