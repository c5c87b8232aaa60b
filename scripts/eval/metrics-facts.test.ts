import { describe, expect, test } from 'vitest';
import { closeNumber, emptyFactsCounts, factsShares, sameName, scoreFactsPage } from './metrics-facts.ts';
import type { CardFact } from './run-corpus-probe.ts';

describe('closeNumber', () => {
  test.each([
    [100e9, 100e9, true],
    [100e9, 99.5e9, true],
    [100e9, 98e9, false],
    [0, 0, true],
    [4, 40, false],
  ])('%d ~ %d: %s', (a, b, out) => expect(closeNumber(a, b)).toBe(out));
});

describe('sameName', () => {
  test.each([
    ['Nvidia', 'Nvidia Corp.', true],
    ['Jensen Huang', 'Huang', true],
    ['Université de Lincoln', 'université de lincoln', true],
    ['Intel', 'Intelsat', false],
    ['OpenAI', 'Nvidia', false],
    ['', 'Nvidia', false],
  ])('%j ~ %j: %s', (a, b, out) => expect(sameName(a, b)).toBe(out));
});

const label = {
  id: 'x',
  lang: 'fr',
  published: '2025-09-22',
  parties: ['Nvidia', 'OpenAI', 'Intel'],
  main_amount: { text: '100 milliards de dollars', value: 100e9, currency: 'USD', qualifier: 'up-to' },
  key_numbers: [{ text: '10 GW', value: 10, unit: 'GW' }, { text: '4%', value: 4, unit: '%' }],
  quotes: [{ speaker: 'Jensen Huang', snippet: 'Nvidia et OpenAI se poussent mutuellement depuis une décennie' }],
};

const f = (kind: string, text: string, data: Record<string, string> = {}): CardFact => ({ kind, text, data });

describe('scoreFactsPage', () => {
  test('a good card', () => {
    const c = emptyFactsCounts();
    scoreFactsPage(c, [
      f('published', '22 sept. 2025', { date: '2025-09-22T10:00:00+02:00' }),
      f('party', 'Nvidia'),
      f('party', 'OpenAI'),
      f('amount', 'jusqu’à 100 milliards de dollars', { value: '100000000000', currency: 'USD' }),
      f('number', '10 GW', { value: '10', unit: 'GW' }),
      f('quote', '« Nvidia et OpenAI se poussent mutuellement depuis une décennie »', { speaker: 'Jensen Huang' }),
    ], label);
    expect(factsShares(c)).toEqual({
      pages: 1, mainAmount: 1, partiesRecall: 2 / 3, partiesPrecision: 1, published: 1, keyNumberRecall: 0.5,
      quoteSpeakerPrecision: 1, quotesMatched: 1,
    });
  });

  test('a wrong card', () => {
    const c = emptyFactsCounts();
    scoreFactsPage(c, [
      f('published', '21 sept. 2025', { date: '2025-09-21' }),
      f('party', 'Reuters'),
      f('amount', '4 %', { value: '100000000000', currency: 'EUR' }),
      f('quote', '« Nvidia et OpenAI se poussent mutuellement depuis une décennie »', { speaker: 'Sam Altman' }),
    ], label);
    const s = factsShares(c);
    expect(s).toMatchObject({ mainAmount: 0, partiesRecall: 0, partiesPrecision: 0, published: 0, quoteSpeakerPrecision: 0 });
    expect(s.keyNumberRecall).toBe(0);
  });

  test('nothing labelled → null shares, not zeros', () => {
    const c = emptyFactsCounts();
    scoreFactsPage(c, [], { id: 'y', lang: 'en', main_amount: null, parties: [], quotes: [] });
    expect(factsShares(c)).toMatchObject({ pages: 1, mainAmount: null, partiesRecall: null, published: null, quoteSpeakerPrecision: null });
  });
});
