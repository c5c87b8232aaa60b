// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { classifyUrl } from './classify-url.ts';
import { isNewsPage } from './is-news-page.ts';

vi.setConfig({ testTimeout: 60_000 });

const para = (n: number, words = 'The council voted on Tuesday to fund a new ferry line between the harbor and the outer islands, ending years of debate. ') =>
  Array.from({ length: n }, (_, i) => `<p>${words.repeat(2)} (${i})</p>`).join('');
const teasers = (n: number) =>
  Array.from({ length: n }, (_, i) => `<article class="card"><h3><a href="/news/story-number-${i}-about-the-city">Story ${i} about the city</a></h3><p>Short teaser.</p></article>`).join('');
const page = (head: string, body: string) => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

const NEWS_HEAD = `<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry"}</script>`;

describe('isNewsPage', () => {
  test.each([
    ['a news article with metadata', page(NEWS_HEAD, `<main><article><h1>Ferry line approved</h1>${para(6)}</article></main>`), 'https://example.com/2026/03/04/ferry-line-approved-by-council'],
    ['an article without metadata but with a story URL and prose', page('', `<article><h1>Ferry line approved</h1>${para(8)}</article>`), 'https://example.com/news/ferry-line-approved-by-the-council'],
    ['a blog post (BlogPosting)', page('<script type="application/ld+json">{"@type":"BlogPosting"}</script><meta property="og:type" content="article">', `<article><h1>Notes</h1>${para(5)}</article>`), undefined],
    ['a story about podcasts (programme word inside the slug, not at its end)', page(NEWS_HEAD, `<article><h1>Podcasts boom</h1>${para(6)}</article>`), 'https://example.com/2026/03/04/why-podcasts-are-booming-in-small-towns'],
    ['a story with an embedded video (VideoObject beside NewsArticle)', page(`${NEWS_HEAD}<script type="application/ld+json">{"@type":"VideoObject"}</script>`, `<article><h1>Ferry</h1>${para(6)}</article>`), 'https://example.com/news/ferry-line-approved-by-the-council'],
    ['a live blog', page('<script type="application/ld+json">{"@type":"LiveBlogPosting"}</script><meta property="og:type" content="article">', `<article><h1>Live</h1>${para(5)}</article>`), 'https://example.com/live/2026/03/04/budget-day-as-it-happened'],
  ])('true for %s', (_name, doc, url) => {
    const v = isNewsPage(doc, url);
    expect(v.isNews, v.reasons.join(' ')).toBe(true);
    expect(v.reasons.length).toBeGreaterThan(0);
  });

  test.each([
    ['a home page', page('<meta property="og:type" content="website">', `<h1>The Ledger</h1>${teasers(30)}`), 'https://example.com/'],
    ['a section page', page('<meta property="og:type" content="website">', `<h1>Politics</h1>${teasers(20)}`), 'https://example.com/section/politics'],
    ['a search page', page('', `<h1>Results</h1>${teasers(10)}`), 'https://example.com/search?q=ferry'],
    ['a tag page', page('', `<h1>Ferries</h1>${teasers(12)}`), 'https://example.com/tag/ferries'],
    ['an author page', page('<script type="application/ld+json">{"@type":"ProfilePage"}</script>', `<h1>Dana Whitfield</h1><p>Dana covers transport.</p>${teasers(15)}`), 'https://example.com/author/dana-whitfield'],
    ['a photo gallery', page('<meta property="og:type" content="website">', `<h1>In pictures</h1>${'<figure><img src="a.jpg"><figcaption>Caption</figcaption></figure>'.repeat(20)}`), 'https://example.com/gallery/harbor-in-pictures'],
    ['a live-blog index', page('<script type="application/ld+json">{"@type":"CollectionPage"}</script>', `<h1>Live coverage</h1>${teasers(14)}`), 'https://example.com/live'],
    ['a podcast page in an article template', page('<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T10:00:00Z">', `<h1>The Evening Show podcasts</h1>${para(3)}`), 'https://example.com/shows/the-evening-show-podcasts'],
    ['an episodes list', page('<meta property="og:type" content="article">', `<h1>Morning Talk</h1>${para(8)}${teasers(8)}`), 'https://example.com/morning-talk/episodes'],
    ['a TV schedule', page('<meta property="og:type" content="article">', `<h1>Programme TV</h1>${'<p>20:00 Journal — les titres de la soirée et la météo régionale présentée en direct</p>'.repeat(40)}`), 'https://example.fr/grille-tv'],
    ['a live-TV page with a long description', page('', `<h1>Watch live</h1>${para(12)}`), 'https://example.com/en/media-center/live-tv/s-100'],
    ['a podcast episode declared only as PodcastEpisode', page('<script type="application/ld+json">{"@type":"PodcastEpisode"}</script>', `<h1>Episode 12</h1>${para(2)}`), 'https://example.com/audio/episode-12-the-harbor-vote-explained'],
    ['a captioned gallery without metadata', page('', `<h1>Tributes</h1>${'<figure><img src="a.jpg"></figure><p>Fans gathered along the harbor wall on Sunday evening to lay flowers and sign a book of condolence for the late driver.</p>'.repeat(5)}${'<img src="t.jpg">'.repeat(20)}`), 'https://example.com/en/emotional-tributes-at-the-harbor/g-4885'],
    ['an empty page', page('', '<div>Loading…</div>'), 'https://example.com/app'],
  ])('false for %s', (_name, doc, url) => {
    const v = isNewsPage(doc, url);
    expect(v.isNews, v.reasons.join(' ')).toBe(false);
  });
});

describe('classifyUrl', () => {
  test.each([
    ['https://example.com/', 'home'],
    ['https://example.com/?s=ferry', 'listing'],
    ['https://example.com/tag/ferries', 'listing'],
    ['https://example.com/autor/maria-lopez', 'listing'],
    ['https://example.com/tv/s-1452', 'none'],
    ['https://example.com/galerie/le-port-en-images', 'gallery'],
    ['https://example.com/news/former-mayor-trial-slideshow-wp-154358504.html', 'gallery'],
    ['https://example.com/2026/03/04/ferry', 'article'],
    ['https://example.com/show/the-evening-show-podcasts', 'media'],
    ['https://example.com/morning-talk/episodes', 'media'],
    ['https://example.de/mediathek/sendung-vom-dienstag', 'media'],
    ['https://example.es/programacion', 'media'],
    ['https://example.com/2026/03/04/why-podcasts-are-booming-in-small-towns', 'article'],
    ['https://example.com/politik/stadtwerke-bauen-neuen-waermespeicher-am-hafen', 'article'],
    ['https://example.com/economie/grandes-fortunes-les-milliardaires_24.html', 'article'],
    ['not a url', 'none'],
    [undefined, 'none'],
  ])('%s → %s', (url, hint) => {
    expect(classifyUrl(url)).toBe(hint);
  });
});
