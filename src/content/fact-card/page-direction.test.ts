// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { pageDirection } from './page-direction.ts';

test.each([
  ['<html lang="en"><body><p>x</p></body></html>', 'ltr'],
  ['<html lang="ar"><body><p>x</p></body></html>', 'rtl'],
  ['<html lang="he-IL"><body><p>x</p></body></html>', 'rtl'],
  ['<html dir="rtl" lang="en"><body></body></html>', 'rtl'],
  ['<html lang="ar"><body dir="ltr"></body></html>', 'ltr'],
  ['<html lang="fr"><body><article dir="RTL"><p>x</p></article></body></html>', 'rtl'],
  ['<html><body></body></html>', 'ltr'],
])('%s → %s', (html, expected) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  expect(pageDirection(doc, doc.querySelector('article'))).toBe(expected);
});
