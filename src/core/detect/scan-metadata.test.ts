// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { scanMetadata } from './scan-metadata.ts';

const doc = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('scanMetadata', () => {
  test.each([
    ['og:type by property', '<meta property="og:type" content=" Article ">', '', 'article'],
    ['og:type by name', '<meta name="og:type" content="website">', '', 'website'],
    ['the first og:type wins', '<meta property="og:type" content="video"><meta property="og:type" content="article">', '', 'video'],
    ['og:type without content', '<meta property="og:type">', '', null],
    ['no og:type', '<meta name="description" content="x">', '', null],
  ])('ogType: %s', (_name, head, body, want) => {
    expect(scanMetadata(doc(head, body)).ogType).toBe(want);
  });

  test.each([
    ['article:published_time', '<meta property="article:published_time" content="2026-03-04">', '', true],
    ['an empty article:published_time', '<meta property="article:published_time" content="">', '', false],
    ['itemprop=datePublished on a <time> in the body', '', '<time itemprop="datePublished" datetime="2026-03-04">4 March</time>', true],
    ['meta name=pubdate', '<meta name="pubdate" content="20260304">', '', true],
    ['meta name=publishDate (any case)', '<meta name="publishDate" content="2026-03-04">', '', true],
    ['og:article:published_time', '<meta property="og:article:published_time" content="2026-03-04">', '', true],
    ['only a modified time', '<meta property="article:modified_time" content="2026-03-04">', '', false],
    ['itemprop=dateModified', '', '<time itemprop="dateModified">4 March</time>', false],
  ])('published: %s', (_name, head, body, want) => {
    expect(scanMetadata(doc(head, body)).published).toBe(want);
  });

  test('JSON-LD scripts in document order, other scripts left out', () => {
    const d = doc('<script type="application/ld+json">{"a":1}</script><script>var x</script>', '<script type="application/ld+json">{"b":2}</script>');
    expect(scanMetadata(d).ldScripts.map((s) => s.textContent)).toEqual(['{"a":1}', '{"b":2}']);
  });
});
