import type { NewsVerdict } from '../types.ts';
import { BEST_LAYOUT, BEST_PROSE, observedReasons } from './best-case-signals.ts';
import { checkReaderable } from './check-readerable.ts';
import { countLayoutSignals, readDeclaredSignals, type NewsSignals } from './collect-news-signals.ts';
import { measureProse } from './measure-prose.ts';
import { NEWS_THRESHOLD, newsScore, scoreNewsSignals } from './score-news-signals.ts';
import type { ParsedUrl } from './classify-url.ts';

/**
 * A verdict whose reasons are written when first read. On a page that is not news nobody reads them, and
 * writing them (strings, filters) on code that runs for the first time in a fresh world is a cost worth saving.
 * @param s the signals the reasons describe; not changed afterwards.
 */
function verdict(score: number, s: NewsSignals, reasons: (s: NewsSignals) => string[]): NewsVerdict {
  let written: string[] | undefined;
  return {
    isNews: score >= NEWS_THRESHOLD,
    score,
    get reasons() {
      return (written ??= reasons(s));
    },
  };
}

/** A not-news verdict reached with the signals of `skipped` (and after) assumed at their best. */
function notNewsAtBest(bound: number, s: NewsSignals, skipped: 'layout' | 'prose'): NewsVerdict {
  return verdict(bound, s, (at) => [...observedReasons(scoreNewsSignals(at).reasons, skipped), `${skipped}-check-skipped(at-most:${bound})`]);
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
  const atBest = newsScore(s);
  if (atBest < NEWS_THRESHOLD) return notNewsAtBest(atBest, s, 'layout');
  Object.assign(s, countLayoutSignals(doc));
  const withLayout = newsScore(s);
  if (withLayout < NEWS_THRESHOLD) return notNewsAtBest(withLayout, s, 'prose');
  s.prose = measureProse(doc);
  const ifReaderable = newsScore(s);
  const ifNot = newsScore({ ...s, readerable: false });
  if (ifReaderable >= NEWS_THRESHOLD === ifNot >= NEWS_THRESHOLD) {
    // Reported as if readerable when the page is news either way, as not readerable when it is not news either way.
    s.readerable = ifNot >= NEWS_THRESHOLD;
    return verdict(s.readerable ? ifReaderable : ifNot, s, (at) => [...scoreNewsSignals(at).reasons, 'readerable-check-skipped']);
  }
  s.readerable = checkReaderable(doc, s.prose);
  return verdict(newsScore(s), s, (at) => scoreNewsSignals(at).reasons);
}
