import { expect, test } from 'vitest';
import { firstIn, words } from './word-set.ts';

test.each([
  [['Foo', 'NewsArticle', 'Article'], 'NewsArticle'],
  [['Foo', 'Bar'], undefined],
  [[], undefined],
])('firstIn(%j) → %s', (items, want) => {
  expect(firstIn(items, words('Article NewsArticle'))).toBe(want);
});
