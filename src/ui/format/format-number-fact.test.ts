import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { NumberFact } from '../../core/types.ts';
import { useMessages } from '../test/use-messages.ts';
import { formatNumberFact } from './format-number-fact.ts';

const fact = (value: number, unit: string, text: string, qualifier: NumberFact['qualifier'] = 'exact'): NumberFact =>
  ({ value, unit, text, qualifier, source: { sentence: 0, text } });

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
});

test.each([
  [fact(4, '%', '4 %'), 'en', '4%'],
  [fact(4, '%', '4 %'), 'fr', '4\u00a0%'],
  [fact(10, 'GW', '10 gigawatts', 'up-to'), 'en', 'up to 10\u00a0GW'],
  [fact(1.5, 'MW', '1,5 MW'), 'de', '1,5\u00a0MW'],
  [fact(10000, 'jobs', '10 000 emplois'), 'en', '10 000 emplois'],
  [fact(Number.NaN, '%', 'quelques pour cent'), 'en', 'quelques pour cent'],
])('%o in %s → %s', (input, locale, expected) => {
  expect(formatNumberFact(input, locale)).toBe(expected);
});
