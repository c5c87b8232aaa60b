// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { readPageMeta } from './read-page-meta.ts';

const URL_ = 'https://www.example-news.test/a/story.html';

function page(head: string, opts: { lang?: string; body?: string } = {}): Document {
  const lang = opts.lang === undefined ? '' : ` lang="${opts.lang}"`;
  return new DOMParser().parseFromString(`<!doctype html><html${lang}><head>${head}</head><body>${opts.body ?? ''}</body></html>`, 'text/html');
}
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readPageMeta: JSON-LD', () => {
  test.each([
    ['plain NewsArticle', ld({ '@type': 'NewsArticle', headline: 'H1 story', datePublished: '2025-09-23T08:12:00+02:00' })],
    ['array of nodes', ld([{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', headline: 'H1 story', datePublished: '2025-09-23T08:12:00+02:00' }])],
    ['@graph', ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Org' }, { '@type': ['NewsArticle'], headline: 'H1 story', datePublished: '2025-09-23T08:12:00+02:00' }] })],
    ['nested under WebPage.mainEntity', ld({ '@type': 'WebPage', mainEntity: { '@type': 'ReportageNewsArticle', headline: 'H1 story', datePublished: '2025-09-23T08:12:00+02:00' } })],
    ['news type beats generic Article', ld([{ '@type': 'Article', headline: 'Other' }, { '@type': 'AnalysisNewsArticle', headline: 'H1 story', datePublished: '2025-09-23T08:12:00+02:00' }])],
    ['trailing comma repaired', `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H1 story","datePublished":"2025-09-23T08:12:00+02:00",}</script>`],
    ['broken block next to a good one', `<script type="application/ld+json">{not json</script>${ld({ '@type': 'BlogPosting', headline: 'H1 story', datePublished: '2025-09-23T08:12:00+02:00' })}`],
  ])('%s → headline and datePublished', (_name, head) => {
    const m = readPageMeta(page(`<title>Doc title</title>${head}`), URL_);
    expect(m.title).toBe('H1 story');
    expect(m.published).toBe('2025-09-23T08:12:00+02:00');
  });

  test.each([
    [{ name: 'Ann Lee' }, 'Ann Lee'],
    [[{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Chan' }], 'Ann Lee, Bo Chan'],
    ['Ann Lee', 'Ann Lee'],
  ])('author %j → %s', (author, expected) => {
    expect(readPageMeta(page(ld({ '@type': 'NewsArticle', headline: 'x', author })), URL_).author).toBe(expected);
  });

  test('publisher.name is the site when there is no og:site_name', () => {
    expect(readPageMeta(page(ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'The Paper' } })), URL_).site).toBe('The Paper');
  });

  test('about and mentions names, deduplicated', () => {
    const m = readPageMeta(page(ld({ '@type': 'NewsArticle', about: [{ name: 'Nvidia' }, 'OpenAI'], mentions: { '@type': 'Organization', name: 'Nvidia' } })), URL_);
    expect(m.about).toEqual(['Nvidia', 'OpenAI']);
  });

  test.each([
    [false, true],
    ['False', true],
    ['false', true],
    [true, false],
    ['True', false],
    [undefined, false],
  ])('isAccessibleForFree %j → paywalled %s', (free, paywalled) => {
    expect(readPageMeta(page(ld({ '@type': 'NewsArticle', isAccessibleForFree: free })), URL_).paywalled).toBe(paywalled);
  });

  test('paywall marked on a hasPart section', () => {
    const m = readPageMeta(page(ld({ '@type': 'NewsArticle', hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.paywall' } })), URL_);
    expect(m.paywalled).toBe(true);
  });

  test.each([
    ['<script type="application/ld+json">{{{</script>'],
    ['<script type="application/ld+json"></script>'],
    ['<script type="application/ld+json">null</script>'],
    ['<script type="application/ld+json">"just a string"</script>'],
    ['<script type="application/ld+json">[1, 2, {"@type": 7}]</script>'],
  ])('never throws on %s', (head) => {
    expect(() => readPageMeta(page(head), URL_)).not.toThrow();
    expect(readPageMeta(page(head), URL_).paywalled).toBe(false);
  });

  test('a self-referencing deep structure stays cheap', () => {
    const deep: Record<string, unknown> = { '@type': 'Thing' };
    let cur = deep;
    for (let i = 0; i < 200; i++) cur = (cur.child = { '@type': 'Thing' }) as Record<string, unknown>;
    expect(() => readPageMeta(page(ld(deep)), URL_)).not.toThrow();
  });
});

describe('readPageMeta: meta-tag fallbacks', () => {
  test.each([
    ['<meta property="article:published_time" content="2024-01-02T03:04:05Z">', '2024-01-02T03:04:05Z'],
    ['<meta name="date" content="2024-01-02">', '2024-01-02'],
    ['<meta name="pubdate" content="2024-01-02T10:00">', '2024-01-02T10:00'],
    ['<meta itemprop="datePublished" content="2024-01-02">', '2024-01-02'],
    ['<meta name="DC.date.issued" content="2024-01-02">', '2024-01-02'],
    ['<meta name="date" content="not a date">', undefined],
    ['', undefined],
  ])('%s → published %s', (head, expected) => {
    expect(readPageMeta(page(head), URL_).published).toBe(expected);
  });

  test('og:title before document title; og:site_name before hostname', () => {
    const m = readPageMeta(page('<title>Doc - Site</title><meta property="og:title" content="OG title"><meta property="og:site_name" content="Site Name">'), URL_);
    expect(m).toMatchObject({ title: 'OG title', site: 'Site Name', url: URL_ });
  });

  test('document title and hostname without www as last resorts', () => {
    const m = readPageMeta(page('<title> Just  the title </title>'), URL_);
    expect(m).toMatchObject({ title: 'Just the title', site: 'example-news.test', about: [], paywalled: false });
    expect(m.author).toBeUndefined();
  });
});

describe('readPageMeta: language', () => {
  test.each([
    ['fr', '', 'fr'],
    ['de-CH', '', 'de'],
    ['ES', '', 'es'],
    ['it-IT', '', 'it'],
    ['en-GB', '<meta property="og:locale" content="fr_FR">', 'en'],
    [undefined, '<meta property="og:locale" content="fr_FR">', 'fr'],
    [undefined, ld({ '@type': 'NewsArticle', inLanguage: 'de-DE' }), 'de'],
    ['ja', '', 'en'],
    [undefined, '', 'en'],
  ])('<html lang=%s> %s → %s', (lang, head, expected) => {
    expect(readPageMeta(page(head, lang === undefined ? {} : { lang }), URL_).lang).toBe(expected);
  });
});
