import { describe, expect, test } from 'vitest';
import type { AmountQualifier } from '../types.ts';
import { pickMainAmount, type AmountCandidate } from './pick-main-amount.ts';

const amt = (value: number, sentence: number, currency = 'EUR', qualifier: AmountQualifier = 'exact'): AmountCandidate => ({
  text: String(value),
  value,
  currency,
  qualifier,
  source: { sentence, text: String(value) },
});

describe('pickMainAmount', () => {
  test('the amount the headline repeats comes first', () => {
    const got = pickMainAmount([amt(5e6, 0), amt(1e9, 4)], 'Acme buys Globex for €1bn', 'en', -1);
    expect(got[0]?.value).toBe(1e9);
  });

  test('without headline help, the lead amount wins', () => {
    const got = pickMainAmount([amt(13.1e6, 0), amt(5, 4)], 'Une collecte', 'fr', -1);
    expect(got[0]?.value).toBe(13.1e6);
  });

  test('a total the article breaks down beats a part in the lead', () => {
    const got = pickMainAmount([amt(13.1e6, 0), amt(5, 4), amt(144.2e6, 10), amt(131.1e6, 10)], 'Une collecte', 'fr', 0);
    expect(got[0]?.value).toBe(144.2e6);
  });

  test('amounts of another currency do not make a sum', () => {
    const got = pickMainAmount([amt(13.1e6, 0), amt(144.2e6, 10), amt(131.1e6, 10, 'USD')], 'Une collecte', 'fr', 0);
    expect(got[0]?.value).toBe(13.1e6);
  });
});
