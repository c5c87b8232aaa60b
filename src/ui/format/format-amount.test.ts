import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { AmountFact } from '../../core/types.ts';
import { useMessages } from '../test/use-messages.ts';
import { formatAmount, formatAmountValue } from './format-amount.ts';

const amount = (value: number, currency: string, qualifier: AmountFact['qualifier'] = 'exact'): AmountFact =>
  ({ text: 'verbatim', value, currency, qualifier, source: { sentence: 0, text: 'verbatim' } });

describe('formatAmount', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useMessages('en');
  });

  test.each([
    [100e9, 'USD', 'en', '$100B'],
    [100e9, 'USD', 'fr', '100\u00a0Md\u00a0$US'],
    [1.5e9, 'EUR', 'de', '1,5\u00a0Mrd.\u00a0€'],
    [2.3e9, 'EUR', 'it', '2,3\u00a0Mld\u00a0€'],
    [5e6, 'GBP', 'en', '£5M'],
    [123_456_789, 'USD', 'en', '$123M'],
  ])('%d %s in %s → %s', (value, currency, locale, expected) => {
    expect(formatAmountValue(amount(value, currency), locale)).toBe(expected);
  });

  test.each([
    ['bad currency code', amount(5, 'dollars')],
    ['not a number', amount(Number.NaN, 'USD')],
  ])('falls back to the verbatim text on %s', (_name, fact) => {
    expect(formatAmountValue(fact, 'en')).toBe('verbatim');
  });

  test('puts the qualifier in the reader language before the amount', () => {
    expect(formatAmount(amount(100e9, 'USD', 'up-to'), 'en')).toBe('up to $100B');
    expect(formatAmount(amount(100e9, 'USD', 'exact'), 'en')).toBe('$100B');
    useMessages('fr');
    expect(formatAmount(amount(100e9, 'USD', 'more-than'), 'fr')).toBe('plus de 100\u00a0Md\u00a0$US');
  });
});
