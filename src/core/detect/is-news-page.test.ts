// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { classifyUrl } from './classify-url.ts';
import { collectNewsSignals } from './collect-news-signals.ts';
import { isNewsPage } from './is-news-page.ts';
import { newsScore, scoreNewsSignals } from './score-news-signals.ts';

vi.setConfig({ testTimeout: 60_000 });

const para = (n: number, words = 'The council voted on Tuesday to fund a new ferry line between the harbor and the outer islands, ending years of debate. ') =>
  Array.from({ length: n }, (_, i) => `<p>${words.repeat(2)} (${i})</p>`).join('');
const teasers = (n: number) =>
  Array.from({ length: n }, (_, i) => `<article class="card"><h3><a href="/news/story-number-${i}-about-the-city">Story ${i} about the city</a></h3><p>Short teaser.</p></article>`).join('');
// Prose in scripts without spaces or with dense characters: the same story told in fewer characters.
const ZH = '市议会周二投票决定资助一条连接港口和外岛的新渡轮航线，结束了多年的争论。';
const JA = '市議会は火曜日、港と離島を結ぶ新しいフェリー航路への予算を可決し、長年の議論に決着をつけた。';
const KO = '시의회는 화요일 항구와 외곽 섬을 잇는 새 여객선 노선에 예산을 배정하기로 의결해 수년간의 논쟁을 끝냈다. ';
const TH = 'สภาเมืองลงมติเมื่อวันอังคารให้จัดสรรงบประมาณสำหรับเส้นทางเรือข้ามฟากสายใหม่ระหว่างท่าเรือกับเกาะรอบนอก ยุติการถกเถียงที่ยืดเยื้อมาหลายปี ';
// Long paragraphs whose share `linked` of the text sits in links.
const linkedPara = (n: number, linked: number) => {
  const text = 'The council voted on Tuesday to fund a new ferry line between the harbor and the outer islands, ending years of debate about cost. ';
  const cut = Math.round(text.length * 2 * linked);
  const both = text + text;
  return Array.from({ length: n }, () => `<p>${both.slice(0, 2 * text.length - cut)}<a href="/x">${both.slice(2 * text.length - cut)}</a></p>`).join('');
};
const paraOf = (n: number, text: string) => Array.from({ length: n }, (_, i) => `<p>${text}${text} (${i})</p>`).join('');
const teasersOf = (n: number, text: string) =>
  Array.from({ length: n }, (_, i) => `<article><h3><a href="/story-${i}">${text.slice(0, 20)} ${i}</a></h3><p>${text.slice(0, 30)}</p></article>`).join('');
const page = (head: string, body: string) => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

const NEWS_HEAD = `<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry"}</script>`;

type Case = [name: string, doc: Document, url: string | undefined];
const LINK_HEAD = '<meta property="og:type" content="article">';
const LINKED_URL = 'https://example.com/news/links-for-the-weekend-edition-here';
const linkedPage = (n: number, linked: number) => page(LINK_HEAD, `<h1>Links</h1>${linkedPara(n, linked)}`);
const LINKED_PAGES: Case[] = [4, 6, 8, 10].flatMap((n) => [0.2, 0.4, 0.5, 0.7].map((l): Case => [`${n} long paragraphs, ${l * 100}% links`, linkedPage(n, l), LINKED_URL]));
const NEWS_PAGES: Case[] = [
    ['a news article with metadata', page(NEWS_HEAD, `<main><article><h1>Ferry line approved</h1>${para(6)}</article></main>`), 'https://example.com/2026/03/04/ferry-line-approved-by-council'],
    ['an article without metadata but with a story URL and prose', page('', `<article><h1>Ferry line approved</h1>${para(8)}</article>`), 'https://example.com/news/ferry-line-approved-by-the-council'],
    ['a blog post (BlogPosting)', page('<script type="application/ld+json">{"@type":"BlogPosting"}</script><meta property="og:type" content="article">', `<article><h1>Notes</h1>${para(5)}</article>`), undefined],
    ['a story about podcasts (programme word inside the slug, not at its end)', page(NEWS_HEAD, `<article><h1>Podcasts boom</h1>${para(6)}</article>`), 'https://example.com/2026/03/04/why-podcasts-are-booming-in-small-towns'],
    ['a story with an embedded video (VideoObject beside NewsArticle)', page(`${NEWS_HEAD}<script type="application/ld+json">{"@type":"VideoObject"}</script>`, `<article><h1>Ferry</h1>${para(6)}</article>`), 'https://example.com/news/ferry-line-approved-by-the-council'],
    ['a live blog', page('<script type="application/ld+json">{"@type":"LiveBlogPosting"}</script><meta property="og:type" content="article">', `<article><h1>Live</h1>${para(5)}</article>`), 'https://example.com/live/2026/03/04/budget-day-as-it-happened'],
    ['a Chinese story whose paragraphs are short in characters', page('', `<h1>渡轮</h1>${paraOf(6, ZH)}`), 'https://example.cn/news/2026-03/04/content_123456.html'],
    ['a Japanese story with metadata', page(NEWS_HEAD, `<article><h1>フェリー</h1>${paraOf(5, JA)}</article>`), 'https://example.jp/articles/ferry-line-approved-by-council'],
    ['a Korean story without metadata, its text in <div>s with <br>s', page('', `<h1>여객선</h1><div>${KO.repeat(4)}<br><br>${KO.repeat(4)}<br><br>${KO.repeat(4)}</div>`), undefined],
    ['a Thai story with metadata', page(NEWS_HEAD, `<article><h1>เรือข้ามฟาก</h1>${paraOf(5, TH)}</article>`), 'https://example.co.th/news/2026/03/04/ferry'],
    ['a tech story of many long paragraphs that links its sources inline', page(NEWS_HEAD.replace(/<script[^]*<\/script>/, '').replace(/<meta property="article:published_time"[^>]*>/, ''), `<article><h1>Chip shortage</h1>${linkedPara(10, 0.45)}</article>`), 'https://example.com/news/chip-shortage-eases-for-car-makers'],
    ['a page without metadata whose prose is in <div>s with <br>s and nothing around it', page('', `<h1>Ferry line approved</h1><div>${'The council voted on Tuesday to fund a new ferry line between the harbor and the outer islands. '.repeat(3)}<br><br>${'Work starts in spring and the first boats should sail by the end of next year. '.repeat(3)}<br><br>${'Residents of the islands had asked for a faster link for more than a decade. '.repeat(3)}</div>`), undefined],
];

const OTHER_PAGES: Case[] = [

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
    ['a German topic page', page('<meta property="og:type" content="website">', `<h1>Verkehr</h1>${teasersOf(15, 'Stadtrat beschließt neue Fährlinie zwischen Hafen und Inseln')}`), 'https://example.de/thema/verkehr'],
    ['a French tag page', page('', `<h1>Transports</h1>${teasersOf(14, 'Le conseil municipal vote une nouvelle ligne de ferry vers les îles')}`), 'https://example.fr/tag/transports'],
    ['a Spanish author page', page('<script type="application/ld+json">{"@type":"ProfilePage"}</script>', `<h1>María López</h1>${teasersOf(14, 'El ayuntamiento aprueba una nueva línea de ferri hacia las islas')}`), 'https://example.es/autor/maria-lopez'],
    ['an Italian section page', page('<meta property="og:type" content="website">', `<h1>Cronaca</h1>${teasersOf(25, 'Il consiglio comunale approva una nuova linea di traghetti per le isole')}`), 'https://example.it/sezione/cronaca'],
    ['a Japanese listing of teasers', page('<meta property="og:type" content="website">', `<h1>ニュース</h1>${teasersOf(30, JA)}`), 'https://example.jp/news/'],
    ['a Chinese home page', page('<meta property="og:type" content="website">', `<h1>新闻</h1>${teasersOf(30, ZH + ZH)}`), 'https://example.cn/'],
    ['a Thai listing without metadata', page('', `<h1>ข่าว</h1>${teasersOf(20, TH)}`), 'https://example.co.th/category/news'],
    ['a quiet page with one short CJK line (a login screen)', page('', `<h1>登录</h1><div>${ZH}</div>`), 'https://example.cn/login'],
];

describe('isNewsPage', () => {
  test.each(NEWS_PAGES)('true for %s', (_name, doc, url) => {
    const v = isNewsPage(doc, url);
    expect(v.isNews, v.reasons.join(' ')).toBe(true);
    expect(v.reasons.length).toBeGreaterThan(0);
  });

  test.each(OTHER_PAGES)('false for %s', (_name, doc, url) => {
    const v = isNewsPage(doc, url);
    expect(v.isNews, v.reasons.join(' ')).toBe(false);
  });

  // Stopping early and skipping checks must never change the answer: every page gets the verdict of all its signals.
  test.each([...NEWS_PAGES, ...OTHER_PAGES, ...LINKED_PAGES])('the same verdict as every signal read, for %s', (_name, doc, url) => {
    expect(isNewsPage(doc, url).isNews).toBe(scoreNewsSignals(collectNewsSignals(doc, url)).isNews);
  });
});

describe('the score without its reasons', () => {
  test.each([...NEWS_PAGES, ...OTHER_PAGES, ...LINKED_PAGES])('newsScore gives scoreNewsSignals\' score, for %s', (_name, doc, url) => {
    const s = collectNewsSignals(doc, url);
    const reasons: string[] = [];
    expect(newsScore(s)).toBe(scoreNewsSignals(s).score);
    expect(newsScore(s, reasons)).toBe(scoreNewsSignals(s).score);
    expect(reasons).toEqual(scoreNewsSignals(s).reasons);
  });

  test('a verdict writes its reasons when they are read, once, and they survive JSON and structured cloning', () => {
    const v = isNewsPage(page('<meta property="og:type" content="website">', '<h1>The Ledger</h1>'), 'https://example.com/');
    expect(v.reasons).toBe(v.reasons);
    expect(v.reasons).toContain('url:home(-4)');
    expect(JSON.parse(JSON.stringify(v))).toEqual({ isNews: v.isNews, score: v.score, reasons: v.reasons });
    expect(structuredClone(v)).toEqual({ isNews: v.isNews, score: v.score, reasons: v.reasons });
  });
});

describe('stopping early', () => {
  // The check named is the first one skipped; its and later signals' reasons are left out (never observed).
  test.each([
    ['a home page: the URL and metadata decide alone', page('<meta property="og:type" content="website">', `<h1>The Ledger</h1>${teasers(30)}`), 'https://example.com/', 'layout'],
    ['a section page with a teaser rail: the counts decide', page('', `<h1>Politics</h1>${teasers(40)}`), 'https://example.com/politics', 'prose'],
    ['a story: everything is read', page(NEWS_HEAD, `<article><h1>Ferry</h1>${para(6)}</article>`), 'https://example.com/news/ferry-line-approved-by-the-council', 'readerable'],
  ])('%s → skips %s', (_name, doc, url, skipped) => {
    const v = isNewsPage(doc, url);
    expect(v.reasons.find((r) => r.includes('-check-skipped'))?.split('-check-skipped')[0]).toBe(skipped);
    if (skipped !== 'readerable') {
      expect(v.isNews).toBe(false);
      expect(v.reasons.some((r) => r.startsWith('prose:') || r.startsWith('readerable('))).toBe(false);
    }
  });
});

describe('the link-dense penalty', () => {
  test.each([
    ['a few long paragraphs, 45% links', 4, 0.45, true],
    ['many long paragraphs, 70% links', 10, 0.7, true],
    ['many long paragraphs citing sources, 45% links', 10, 0.45, false],
    ['a few long paragraphs, 20% links', 4, 0.2, false],
  ])('%s → %s', (_name, n, linked, want) => {
    const v = isNewsPage(linkedPage(n, linked), LINKED_URL);
    expect(v.reasons.some((r) => r.startsWith('prose:link-dense'))).toBe(want);
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
    ['https://example.com/news/ferry_line_approved_today.html', 'article'],
    ['https://example.com/news/ferry--line-approved-today', 'none'],
    ['https://example.com/news/-ferry-line-approved-today', 'none'],
    ['https://example.com/Tag/Ferries', 'listing'],
    ['https://example.com/VIDEOS/harbor', 'gallery'],
    ['https://example.com/news/harbor-photos.html', 'gallery'],
    ['https://example.com/news/harbor-photoshop-tips-for-beginners', 'article'],
    ['https://example.com/shows/the-morning-show-full-episodes', 'media'],
    ['https://example.com/shows/live-stream', 'media'],
    ['https://example.com/shows/episodes-of-the-week-in-review', 'article'],
    ['not a url', 'none'],
    [undefined, 'none'],
  ])('%s → %s', (url, hint) => {
    expect(classifyUrl(url)).toBe(hint);
    // The page's Location (parsed by the browser) gives the same answer as its address.
    if (url && URL.canParse(url)) expect(classifyUrl(new URL(url))).toBe(hint);
  });

  test.each([
    ['ftp://example.com/2026/03/04/ferry', 'none'],
    ['https://example.com/caf%C3%A9/2026/03/04/ferry?x=1#top', 'article'],
    ['https://example.com/?q=ferry#results', 'listing'],
  ])('parsed %s → %s', (url, hint) => {
    expect(classifyUrl(new URL(url))).toBe(hint);
  });

  test("isNewsPage takes the page's Location or an address, and the URL given decides, not the document's", () => {
    // jsdom's page is at http://localhost:3000/, a home page.
    expect(isNewsPage(document, document.location).reasons).toContain('url:home(-4)');
    expect(isNewsPage(document, document.location.href).reasons).toContain('url:home(-4)');
    expect(isNewsPage(document, 'https://example.com/tag/ferries').reasons).toContain('url:listing(-2)');
    expect(isNewsPage(document, new URL('https://example.com/tag/ferries')).reasons).toContain('url:listing(-2)');
  });
});
