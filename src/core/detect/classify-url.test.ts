import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { hasDatedPath, hasIdPath, hasSearchParam, splitPlainUrl } from './classify-url.ts';

// The regexes these scans replace (compiling a regex costs more on a fresh page than the whole scan): the
// scans must answer exactly as they would.
vi.setConfig({ testTimeout: 60_000 });

const DATED_PATH = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)/;
const ID_PATH = /[/_-]\d{5,}(\.s?html?)?\/?$|\.s?html?$/i;
const SEARCH_QUERY = /[?&](q|s|query|search|suche|keyword)=/i;

const from = (chars: string, maxLength = 40) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(''));
const pathChars = from('/-_.0123456789120912shtmlHTMLSax');
const queryChars = from('?&=qQsSuchekywordarx1', 30);

describe('URL scans agree with the regexes they replace', () => {
  test('hasDatedPath', () => fc.assert(fc.property(pathChars, (p) => { expect(hasDatedPath(p)).toBe(DATED_PATH.test(p)); }), { numRuns: 5000 }));
  test('hasIdPath', () => fc.assert(fc.property(pathChars, (p) => { expect(hasIdPath(p)).toBe(ID_PATH.test(p)); }), { numRuns: 5000 }));
  test('hasSearchParam', () => fc.assert(fc.property(queryChars, (q) => { expect(hasSearchParam(q)).toBe(SEARCH_QUERY.test(q)); }), { numRuns: 5000 }));

  test.each([
    ['/2026/03/04/ferry', true],
    ['/2026-3-ferry', true],
    ['/news/2026/13/x', false],
    ['/1999/10', true],
    ['/2026/00/x', false],
    ['/2026/1', true],
    ['/2026/101', false],
    ['/x2026/03/', false],
  ])('hasDatedPath(%s) → %s', (p, want) => {
    expect(hasDatedPath(p)).toBe(want);
    expect(DATED_PATH.test(p)).toBe(want);
  });

  test.each([
    ['/news/story-123456', true],
    ['/news/story-123456.html/', true],
    ['/news/story.SHTML', true],
    ['/news/story-1234', false],
    ['/news/a123456', false],
    ['/news/_123456/', true],
  ])('hasIdPath(%s) → %s', (p, want) => {
    expect(hasIdPath(p)).toBe(want);
    expect(ID_PATH.test(p)).toBe(want);
  });
});

describe('splitPlainUrl', () => {
  // Whenever it answers, it answers as the URL parser would; anything the parser would rewrite is left to it.
  const url = fc
    .tuple(fc.constantFrom('http://', 'https://', 'HTTP://', 'ftp://', 'http:/', ''), from('abc.-:@0', 12), from('/.%2eEabc-_~!$()*+,;=:@?&#\\ é"<>`{}^|[]\'', 30))
    .map(([scheme, host, rest]) => scheme + host + rest);
  test('agrees with new URL', () =>
    fc.assert(
      fc.property(url, (u) => {
        const got = splitPlainUrl(u);
        if (!got) return;
        const parsed = new URL(u);
        expect(got).toEqual({ path: parsed.pathname, search: parsed.search });
      }),
      { numRuns: 5000 },
    ));

  test.each([
    ['https://example.com/news/ferry?x=1#top', { path: '/news/ferry', search: '?x=1' }],
    ['https://example.com', { path: '/', search: '' }],
    ['https://example.com?', { path: '/', search: '' }],
    ['http://example.com:8080/a/b/', { path: '/a/b/', search: '' }],
    ['https://example.com/a/../b', null],
    ['https://example.com/caf%C3%A9', { path: '/caf%C3%A9', search: '' }],
    ['https://example.com/café', null],
    ['https://example.com/a b', null],
    ['https:///a', null],
    ['http://', null],
    ['http://a.1234567890123/x', null],
    ['http://xn--a/x', null],
    ['http://example.com:99999/x', null],
    ['http://user@example.com/x', null],
    ['ftp://example.com/a', null],
  ])('%s → %j', (u, want) => {
    expect(splitPlainUrl(u)).toEqual(want);
  });
});
