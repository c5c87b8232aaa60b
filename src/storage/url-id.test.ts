import { expect, test } from 'vitest';
import { normalizeUrl, urlId } from './url-id.ts';

test.each([
  ['https://Example.com/a/b/', 'https://example.com/a/b'],
  ['https://example.com/a?utm_source=x&utm_medium=y#frag', 'https://example.com/a'],
  ['https://example.com/a?b=2&a=1&fbclid=z', 'https://example.com/a?a=1&b=2'],
  ['https://example.com/', 'https://example.com/'],
])('normalizes %s', (url, expected) => {
  expect(normalizeUrl(url)).toBe(expected);
});

test.each([
  ['https://example.com/a?id=1', 'https://example.com/a?id=2'],
  ['https://example.com/a', 'http://example.com/a'],
  ['https://example.com/a', 'https://example.org/a'],
])('keeps %s and %s apart', async (a, b) => {
  expect(await urlId(a)).not.toBe(await urlId(b));
});

test('same article, same id', async () => {
  expect(await urlId('https://example.com/a/?utm_campaign=c')).toBe(await urlId('https://example.com/a#x'));
  expect(await urlId('https://example.com/a')).toMatch(/^[0-9a-f]{20}$/);
});
