import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BEST_LAYOUT, BEST_PROSE, observedReasons } from './best-case-signals.ts';
import type { NewsSignals } from './collect-news-signals.ts';
import { scoreNewsSignals } from './score-news-signals.ts';

const count = fc.integer({ min: 0, max: 60 });
const signals: fc.Arbitrary<NewsSignals> = fc.record({
  jsonLdTypes: fc.subarray(['NewsArticle', 'Article', 'BlogPosting', 'CollectionPage', 'ItemList', 'VideoObject', 'PodcastEpisode', 'WebPage', 'Recipe']),
  ogType: fc.constantFrom(null, 'article', 'website', 'video.other', 'profile', 'music.song'),
  published: fc.boolean(),
  url: fc.constantFrom('home', 'listing', 'gallery', 'media', 'article', 'none'),
  articles: count,
  linkedHeadings: count,
  h1: fc.integer({ min: 0, max: 4 }),
  images: count,
  prose: fc.record({
    longParagraphs: count,
    longChars: fc.integer({ min: 0, max: 20_000 }),
    linkChars: fc.integer({ min: 0, max: 20_000 }),
    shortParagraphs: count,
    paragraphs: count,
    wideParagraphs: count,
  }),
  readerable: fc.boolean(),
});

describe('best-case signals', () => {
  // isNewsPage stops early on these bounds: if any real page could score above them, it would miss news.
  test('no layout or prose scores above BEST_LAYOUT + BEST_PROSE + readerable', () => {
    fc.assert(
      fc.property(signals, (s) => {
        expect(scoreNewsSignals(s).score).toBeLessThanOrEqual(scoreNewsSignals({ ...s, ...BEST_LAYOUT, prose: BEST_PROSE, readerable: true }).score);
      }),
      { numRuns: 3000 },
    );
  });

  test('with the layout known, no prose scores above BEST_PROSE + readerable', () => {
    fc.assert(
      fc.property(signals, (s) => {
        expect(scoreNewsSignals(s).score).toBeLessThanOrEqual(scoreNewsSignals({ ...s, prose: BEST_PROSE, readerable: true }).score);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['layout', ['og:type=website(-1)', 'url:home(-4)', 'single-article-element(+0.5)', 'h1(+0.5)', 'teasers:7-articles(-1)', 'prose:8000-chars(+2)', 'readerable(+2)'], ['og:type=website(-1)', 'url:home(-4)']],
    ['prose', ['url:listing(-2)', 'h1(+0.5)', 'no-h1(-0.5)', 'quiet-readerable(+1.5)', 'prose:8+0-paragraphs(+1.5)', 'gallery:20-images(-1.5)', 'not-readerable(-1.5)'], ['url:listing(-2)', 'h1(+0.5)', 'no-h1(-0.5)']],
  ] as const)('observedReasons drops what was assumed when %s was skipped', (skipped, reasons, kept) => {
    expect(observedReasons([...reasons], skipped)).toEqual(kept);
  });
});
