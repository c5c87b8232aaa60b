import { describe, expect, test } from 'vitest';
import { scorePage, upsellBlockTexts, type PageInput } from './metrics-page.ts';
import type { PageProbe } from './run-corpus-probe.ts';

const before = 'Headline\nThe article paragraph talks about subscriptions to apps.\nSubscribe now for 1 €\nGet our app today\nRelated: other story here';

function probe(text: string, extra: Partial<PageProbe> = {}): PageProbe {
  return { done: true, state: 'news', measures: { 'nutgraf:detect': 0.4 }, card: true, facts: [], hidden: [], text, url: 'http://x/', ...extra };
}

function input(p: PageProbe | null, baselineText: string | null, extra: Partial<PageInput> = {}): PageInput {
  return {
    id: 'p1',
    lang: 'en',
    source: 'test',
    label: 'article',
    probe: p,
    error: null,
    ms: 100,
    late: false,
    baselineText,
    baselineMode: 'second-pass',
    upsellLabel: {
      id: 'p1',
      lang: 'en',
      upsell: [
        { kind: 'subscribe', text: 'Subscribe now for 1 €' },
        { kind: 'app', text: 'Get our app today' },
        { kind: 'newsletter', text: 'Never shown anywhere' },
      ],
      keep: ['The article paragraph talks about subscriptions to apps.', 'Related: other story here'],
    },
    truth: [{ text: 'Headline', tier: 'gold' }],
    keepFacts: false,
    ...extra,
  };
}

describe('scorePage', () => {
  test('an upsell block hidden and the article kept', () => {
    const after = 'Headline\nThe article paragraph talks about subscriptions to apps.\nGet our app today\nRelated: other story here';
    const s = scorePage(input(probe(after, { hidden: [{ kind: 'subscribe', preview: 'Subscribe now' }] }), before));
    expect(s.upsell).toEqual([
      { kind: 'subscribe', counted: true, visible: false },
      { kind: 'app', counted: true, visible: true },
      { kind: 'newsletter', counted: false, visible: false },
    ]);
    expect(s.keep.every((k) => k.counted && k.visible)).toBe(true);
    expect(s.lost).toEqual([]);
    expect(s.hiddenKinds).toEqual(['subscribe']);
  });

  test('a hidden article paragraph is listed as lost', () => {
    const after = 'Headline\nRelated: other story here';
    const s = scorePage(input(probe(after), before));
    expect(s.lost).toEqual([{ from: 'label', preview: 'The article paragraph talks about subscriptions to apps.' }]);
  });

  test('a snippet invisible without the extension does not count either way', () => {
    const s = scorePage(input(probe('Headline only'), 'Headline only'));
    expect(s.upsell.every((u) => !u.counted)).toBe(true);
    expect(s.keep.filter((k) => k.counted)).toHaveLength(1);
    expect(s.lost).toEqual([]);
  });

  test('a truth sentence the hand label marks as upsell is not article text: listed as a conflict', () => {
    const after = 'Headline\nThe article paragraph talks about subscriptions to apps.\nRelated: other story here';
    const truth = [
      { text: 'Headline', tier: 'gold' as const },
      { text: 'Subscribe now for 1 € and read everything.', tier: 'gold' as const },
    ];
    const s = scorePage(input(probe(after), before + '\nSubscribe now for 1 € and read everything.', { truth }));
    expect(s.lost).toEqual([]);
    expect(s.conflicts).toEqual(['Subscribe now for 1 € and read everything.']);
    expect(s.keep.filter((k) => k.from === 'gold')).toHaveLength(1);
  });

  test('without such an overlap there is no conflict, and the lost sentence counts', () => {
    const truth = [{ text: 'The article paragraph talks about subscriptions to apps.', tier: 'gold' as const }];
    const s = scorePage(input(probe('Headline'), before, { truth }));
    expect(s.conflicts).toBeUndefined();
    expect(s.lost.map((l) => l.from)).toEqual(['label', 'label', 'gold']);
  });

  test('a truth sentence inside a labelled upsell block (found by its path) is a conflict too', () => {
    const box = 'Subscribe now for 1 €\nA flexible plan you can cancel anytime.';
    const truth = [{ text: 'A flexible plan you can cancel anytime.', tier: 'gold' as const }];
    const s = scorePage(input(probe('Headline'), before + '\nA flexible plan you can cancel anytime.', { truth, upsellBlocks: [box] }));
    expect(s.conflicts).toEqual(['A flexible plan you can cancel anytime.']);
    expect(s.lost.map((l) => l.from)).toEqual(['label', 'label']);
  });

  test('no probe or no baseline: no snippet is judged', () => {
    expect(scorePage(input(null, null, { error: 'timeout' })).upsell).toEqual([]);
    expect(scorePage(input(probe(before), null)).keep).toEqual([]);
  });

  test('facts are kept only when asked', () => {
    const facts = [{ kind: 'amount', text: '$1bn', data: { value: '1000000000', currency: 'USD' } }];
    expect(scorePage(input(probe(before, { facts }), before)).facts).toBeUndefined();
    expect(scorePage(input(probe(before, { facts }), before, { keepFacts: true })).facts).toEqual(facts);
  });
});

describe('upsellBlockTexts', () => {
  const upsell = ['subscribe now'];
  test.each([
    ['holds the upsell text', 'Subscribe now! Plans from 1 €', true],
    ['misses the upsell text (the path found another element)', 'Plans from 1 €', false],
    ['also holds a keep snippet (the path matched the article)', 'Subscribe now. The article paragraph talks about apps.', false],
  ])('a block that %s: kept = %s', (_why, block, kept) => {
    expect(upsellBlockTexts([block], upsell, ['The article paragraph talks about apps.']).length > 0).toBe(kept);
  });
});
