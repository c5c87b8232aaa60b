import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { useMessages } from '../test/use-messages.ts';
import { formatFactDate, formatPublished } from './format-fact-date.ts';

describe('formatFactDate', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useMessages('en');
  });

  test.each([
    ['2025-09-22', 'en-GB', '22 Sept 2025'],
    ['2025-09-22', 'fr', '22 sept. 2025'],
    ['2026-01-01', 'en-US', 'Jan 1, 2026'],
    ['2026-09', 'en', 'September 2026'],
    ['2026-Q3', 'en', 'Q3 2026'],
    ['2026-H2', 'en', 'H2 2026'],
    ['2027', 'en', '2027'],
    ['soon', 'en', 'verbatim'],
    ['2026-13', 'en', 'verbatim'],
    ['2026-02-30', 'en', 'verbatim'],
  ])('%s in %s → %s', (norm, locale, expected) => {
    expect(formatFactDate({ norm, text: 'verbatim' }, locale)).toBe(expected);
  });

  test('half-years and quarters use the reader language', () => {
    useMessages('fr');
    expect(formatFactDate({ norm: '2026-H2', text: '' }, 'fr')).toBe('S2 2026');
    expect(formatFactDate({ norm: '2026-Q1', text: '' }, 'fr')).toBe('T1 2026');
  });
});

describe('formatPublished', () => {
  test.each([
    ['2025-09-22', 'en-GB', '22 Sept 2025'],
    ['2025-09-22T09:30:00Z', 'en-GB', '22 Sept 2025'],
    // The page's day, whatever the reader's time zone (data-date says the same).
    ['2025-09-22T00:30:00+02:00', 'en-GB', '22 Sept 2025'],
    ['2025-09-22T23:30:00-05:00', 'en-GB', '22 Sept 2025'],
    ['2025-02-30T10:00:00Z', 'en-GB', null],
    ['not a date', 'en', null],
  ])('%s → %s', (iso, locale, expected) => {
    expect(formatPublished(iso, locale)).toBe(expected);
  });
});
