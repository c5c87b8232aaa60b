import { describe, expect, test } from 'vitest';
import { siteRule } from './site-rule.ts';

const rules = { siteRules: { 'example.com': 'never', 'news.other.org': 'always', localhost: 'never' } } as const;

describe('siteRule', () => {
  test.each([
    ['https://example.com/a', 'never'],
    ['https://www.example.com/a', 'never'],
    ['https://news.EXAMPLE.com/a', 'never'],
    ['https://news.other.org/x', 'always'],
    ['https://www.news.other.org/x', 'always'],
    ['https://other.org/x', undefined],
    ['https://example.co/x', undefined],
    ['https://com/x', undefined],
    ['not a url', undefined],
    ['http://localhost:8080/a', 'never'],
  ])('%s → %s', (url, expected) => {
    expect(siteRule({ siteRules: { ...rules.siteRules } }, url)).toBe(expected);
  });
});
