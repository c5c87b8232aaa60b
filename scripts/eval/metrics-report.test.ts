import { describe, expect, test } from 'vitest';
import { buildReport, langGroup } from './metrics-report.ts';
import type { PageScore } from './metrics-page.ts';

function page(id: string, lang: string, label: PageScore['label'], state: string | null, extra: Partial<PageScore> = {}): PageScore {
  return {
    id, lang, source: 't', label, state, error: null, card: state === 'news', hiddenKinds: [], measures: {}, ms: 10, late: false,
    baselineMode: 'same-page', upsell: [], keep: [], lost: [], ...extra,
  };
}

describe('langGroup', () => {
  test.each([['en', 'en'], ['it', 'it'], ['ja', 'other'], ['zxx', 'other']])('%s → %s', (l, g) => expect(langGroup(l)).toBe(g));
});

describe('buildReport', () => {
  const scores = [
    page('a', 'en', 'article', 'news', { measures: { 'nutgraf:pipeline': 40 } }),
    page('b', 'en', 'article', 'not-news', { measures: { 'nutgraf:detect': 0.5 } }),
    page('c', 'en', 'non-article', 'news', { measures: { 'nutgraf:pipeline': 60 } }),
    page('d', 'en', 'non-article', 'not-news', { measures: { 'nutgraf:detect': 1.5 } }),
    page('e', 'fr', 'article', null, { error: 'timeout' }),
    page('f', 'fr', 'non-article?', 'news'),
    page('g', 'ja', null, 'news'),
    page('h', 'fr', 'article', 'news', {
      upsell: [
        { kind: 'meter', counted: true, visible: false },
        { kind: 'app', counted: true, visible: true },
        { kind: 'app', counted: false, visible: false },
      ],
      keep: [
        { from: 'label', counted: true, visible: true },
        { from: 'gold', counted: true, visible: false },
        { from: 'gold', counted: false, visible: false },
      ],
      lost: [{ from: 'gold', preview: 'Un paragraphe' }],
      hiddenKinds: ['meter', 'promo-other'],
    }),
  ];
  const r = buildReport(scores);

  test('detection per language and overall; timeouts count as no card', () => {
    expect(r.detection.all!.confusion).toEqual({ tp: 2, fn: 2, fp: 1, tn: 1 });
    expect(r.detection.all!.precision).toBeCloseTo(2 / 3);
    expect(r.detection.all!.recall).toBeCloseTo(0.5);
    expect(r.detection.en!.confusion).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    expect(r.detection.fr!.confusion).toEqual({ tp: 1, fn: 1, fp: 0, tn: 0 });
    expect(r.detection.all!.nonArticle).toEqual({ pages: 2, cards: 1, cardRate: 0.5 });
    expect(r.detection.fr!.uncertain).toEqual({ pages: 1, news: 1, cards: 1, cardRate: 1 });
    expect(r.detection.other!.unlabelled).toEqual({ pages: 1, news: 1 });
    expect(r.detection.fr!.nonArticle.cardRate).toBeNull();
  });

  test('upsell recall and keep precision only over snippets visible without the extension', () => {
    expect(r.upsell.all).toMatchObject({ pages: 1, counted: 2, hits: 1, share: 0.5, notVisibleWithout: 1 });
    expect(r.upsell.fr!.byKind).toEqual({ meter: { counted: 1, hits: 1, share: 1 }, app: { counted: 1, hits: 0, share: 0 } });
    expect(r.upsell.en!.share).toBeNull();
    expect(r.keep.fr).toEqual({
      label: { counted: 1, hits: 1, share: 1 },
      gold: { counted: 1, hits: 0, share: 0 },
      tool: { counted: 0, hits: 0, share: null },
    });
    expect(r.pagesWithArticleTextHidden).toEqual([{ id: 'h', lang: 'fr', lost: [{ from: 'gold', preview: 'Un paragraphe' }], hiddenKinds: ['meter', 'promo-other'] }]);
  });

  test('truth sentences also labelled upsell are listed apart, by page', () => {
    const withConflict = buildReport([...scores, page('v', 'en', 'article', 'news', { conflicts: ['Sign up for the newsletter'] })]);
    expect(withConflict.labelConflicts).toEqual([{ id: 'v', sentences: ['Sign up for the newsletter'] }]);
    expect(r.labelConflicts).toEqual([]);
  });

  test('errors, states and timings', () => {
    expect(r.errors).toEqual({ timeouts: 1, failed: 0, late: 0, states: { news: 5, 'not-news': 2, none: 1 } });
    expect(r.timing.detectOnNotNews).toEqual({ n: 2, median: 1, p95: 1.45 });
    expect(r.timing.pipelineOnNews.median).toBe(50);
    expect(r.timing.factsOnNews).toEqual({ n: 0, median: null, p95: null });
    expect(r.failures).toEqual([{ id: 'e', error: 'timeout' }]);
  });
});
