import { describe, expect, test } from 'vitest';
import { aggregateByLang, closeValue, distinctCorrect, formatFactsScores, fromCardFacts, quoteMatches, sameParty, scoreArticle, scoreFacts, type CardFactLike, type FactsLabelRow, type ScorableFacts } from './score-facts.ts';

const label: FactsLabelRow = {
  id: 'x',
  lang: 'fr',
  published: '2025-09-23',
  parties: ['Nvidia', 'OpenAI', 'Jensen Huang'],
  main_amount: { value: 100e9, currency: 'USD' },
  key_numbers: [{ value: 10, unit: 'GW' }, { value: 4, unit: '%' }],
  quotes: [{ speaker: 'Jensen Huang', snippet: 'Nvidia et OpenAI se sont mutuellement soutenus pendant une décennie' }],
};

const facts: ScorableFacts = {
  amounts: [{ value: 100e9, currency: 'USD' }],
  parties: ['Nvidia Corp.', 'OpenAI'],
  published: '2025-09-23T10:00:00+02:00',
  numbers: [{ value: 10, unit: 'GW' }, { value: 4, unit: 'companies' }],
  quotes: [
    { speaker: 'Huang', quote: 'Nvidia et OpenAI se sont mutuellement soutenus pendant une décennie, du premier DGX' },
    { speaker: 'Sam Altman', quote: 'tout commence par le calcul' },
  ],
};

describe('score-facts', () => {
  test.each([
    ['Nvidia', 'Nvidia Corp.', true],
    ['SoftBank Group Corp', 'SoftBank', true],
    ['Olivennes', 'Denis Olivennes', true],
    ['Élysée', 'elysee', true],
    ["Lowe's", 'Lowe', true],
    ['Jensen Huang', 'Sam Altman', false],
    ['Banque de France', 'Banque', true],
    ['Apple', 'Applebee', false],
    ['de', 'Banque de France', false],
  ])('sameParty(%s, %s) = %s', (a, b, want) => {
    expect(sameParty(a, b)).toBe(want);
  });

  test.each([
    [100, 100.9, true],
    [100, 102, false],
    [0, 0, true],
  ])('closeValue(%s, %s) = %s', (a, b, want) => {
    expect(closeValue(a, b)).toBe(want);
  });

  test('quoteMatches on the snippet head or our quote inside the snippet', () => {
    expect(quoteMatches('« Tout commence par le calcul », dit-il', 'tout commence par le calcul')).toBe(true);
    expect(quoteMatches('something else entirely said here', 'tout commence par le calcul')).toBe(false);
  });

  test('a duplicate of a labelled party counts once, in the precision and in the top three', () => {
    expect(distinctCorrect(['Bank', 'Alexander Wynaendts', 'Deutsche Bank'], ['Deutsche Bank', 'Alexander Wynaendts', 'Christian Sewing'])).toBe(2);
    const s = scoreArticle({ ...facts, parties: ['Nvidia', 'Nvidia Corp.', 'OpenAI'] }, label);
    expect(s.parties).toMatchObject({ found: 2, shown: 3, correct: 2, top3: 3, top3Correct: 2 });
  });

  test('one article: every measure', () => {
    const s = scoreArticle(facts, label);
    expect(s.mainAmount).toBe(true);
    expect(s.parties).toMatchObject({ labelled: 3, found: 2, shown: 2, correct: 2, missed: ['Jensen Huang'] });
    expect(s.published).toBe(true);
    // 4 % must stay a percentage: "4 companies" does not count.
    expect(s.keyNumbers).toEqual({ labelled: 2, found: 1 });
    expect(s.quotes).toMatchObject({ matched: 1, speakerRight: 1, shown: 2 });
  });

  test('wrong currency or value misses the main amount; unlabelled fields are null', () => {
    expect(scoreArticle({ ...facts, amounts: [{ value: 100e9, currency: 'EUR' }] }, label).mainAmount).toBe(false);
    expect(scoreArticle({ ...facts, amounts: [{ value: 50e9, currency: 'USD' }] }, label).mainAmount).toBe(false);
    const s = scoreArticle(facts, { id: 'y', lang: 'en', main_amount: null, published: null });
    expect([s.mainAmount, s.published]).toEqual([null, null]);
  });

  test('the event: precision over the types the card names, recall over the labelled types other than "other"', () => {
    const lab = { ...label, event: 'investment' };
    expect(scoreArticle({ ...facts, event: 'investment' }, lab).event).toEqual({ labelled: true, shown: true, right: true });
    expect(scoreArticle(facts, { ...label, event: 'other' }).event).toEqual({ labelled: false, shown: false, right: false });
    expect(scoreArticle(facts, label).event).toBeNull();
    const agg = aggregateByLang([
      scoreArticle({ ...facts, event: 'investment' }, lab),
      scoreArticle({ ...facts, event: 'earnings' }, { ...label, event: 'other' }),
      scoreArticle(facts, { ...label, event: 'layoffs' }),
      scoreArticle({ ...facts, event: 'lawsuit' }, label),
    ]);
    expect(agg['all']).toMatchObject({ eventPrecision: 0.5, eventRecall: 0.5 });
    expect(fromCardFacts([{ kind: 'event', text: 'Investment', data: { type: 'investment' } }]).event).toBe('investment');
    expect(fromCardFacts([{ kind: 'event', text: 'Event', data: { type: 'other' } }]).event).toBeUndefined();
  });

  test('aggregation per language and the card-DOM entry point used by npm run eval', () => {
    const card: CardFactLike[] = [
      { kind: 'amount', text: '100 Md$', data: { value: '100000000000', currency: 'USD' } },
      { kind: 'party', text: 'Nvidia', data: {} },
      { kind: 'published', text: '23 sept.', data: { date: '2025-09-23' } },
      { kind: 'number', text: '10 GW', data: { value: '10', unit: 'GW' } },
      { kind: 'quote', text: 'Nvidia et OpenAI se sont mutuellement soutenus pendant une décennie', data: { speaker: 'Sam Altman' } },
    ];
    expect(fromCardFacts(card).amounts).toEqual([{ value: 100e9, currency: 'USD' }]);
    const agg = scoreFacts([{ id: 'x', lang: 'fr', facts: card }, { id: 'nolabel', lang: 'fr', facts: [] }], [label]);
    expect(agg['all']).toMatchObject({ pages: 1, mainAmount: 1, published: 1, quoteSpeakerPrecision: 0, quotesMatched: 1 });
    expect(agg['fr']?.partiesRecall).toBeCloseTo(1 / 3);
    expect(formatFactsScores(aggregateByLang([scoreArticle(facts, label)]))).toContain('fr');
  });
});
