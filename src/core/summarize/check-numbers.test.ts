import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { numbersSupported } from './check-numbers.ts';

const ARTICLE_FR =
  "Nvidia a annoncé lundi 22 septembre 2025 un investissement pouvant atteindre 100 milliards de dollars dans OpenAI, " +
  'pour une infrastructure de 10 gigawatts. Le premier gigawatt sera opérationnel dans la seconde moitié de 2026. ' +
  "Nvidia rachète 4\u202f% d'Intel pour 5 milliards de dollars ; l'action a pris 1,5 % et le groupe emploie 36 000 personnes.";

describe('numbersSupported', () => {
  test.each([
    ['Nvidia will invest up to $100 bn in OpenAI.', ARTICLE_FR],
    ['Nvidia will invest up to $100 billion in OpenAI for 10 GW.', ARTICLE_FR],
    ['Nvidia investit jusqu’à 100 milliards de dollars.', ARTICLE_FR],
    ['A $100,000,000,000 bet on OpenAI.', ARTICLE_FR],
    ['The first gigawatt comes online in 2026.', ARTICLE_FR],
    ['Shares rose 1.5% after Nvidia bought 4% of Intel.', ARTICLE_FR],
    ['Nvidia, which employs 36,000 people, announced the deal on 22 September.', ARTICLE_FR],
    ['Nvidia and OpenAI announced a partnership.', ARTICLE_FR],
    ['Der Konzern investiert 2,3 Mrd. Euro.', 'The group will invest 2.3 billion euros.'],
    ['Le groupe investit 1,5 milliard d’euros.', 'The group said it would invest €1.5bn.'],
    ['Siemens zahlt 5 Mio. EUR.', 'Siemens will pay 5 million euros.'],
    ['La empresa invierte 100.000 millones de dólares.', 'The company will invest $100 billion.'],
    ['Un accordo da 3 mld di euro.', 'A deal worth €3bn.'],
    ['Le chômage recule de 4 pour cent.', 'Unemployment fell 4%.'],
  ])('supported: %s', (summary, article) => {
    expect(numbersSupported(summary, article)).toBe(true);
  });

  test.each([
    ['Nvidia will invest up to $100 million in OpenAI.', ARTICLE_FR],
    ['The partnership covers 12 GW.', ARTICLE_FR],
    ['The first gigawatt comes online in 2027.', ARTICLE_FR],
    ['Nvidia bought 5% of Intel.', ARTICLE_FR],
    ['Shares rose 15%.', ARTICLE_FR],
    ['A $1 trillion plan.', ARTICLE_FR],
    ['Der Konzern investiert 3,2 Mrd. Euro.', 'The group will invest 2.3 billion euros.'],
  ])('not supported: %s', (summary, article) => {
    expect(numbersSupported(summary, article)).toBe(false);
  });

  test('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => typeof numbersSupported(a, b) === 'boolean'));
  });
});
