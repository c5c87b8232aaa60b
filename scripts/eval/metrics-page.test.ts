import { describe, expect, test } from 'vitest';
import { scorePage, type PageInput } from './metrics-page.ts';
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
