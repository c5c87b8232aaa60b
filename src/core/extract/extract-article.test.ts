// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractArticle } from './extract-article.ts';
import { looksLikeABox, readArticle, titleShare } from './read-article.ts';
import { articleParagraphs } from './article-paragraphs.ts';

const para = (n: number): string =>
  `Paragraph ${n} of the story says the city council voted on a new budget. It includes details about schools, roads and parks for the coming year.`;

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const ARTICLE = `<!doctype html><html lang="en"><head><title>Council passes budget - Daily Test</title></head><body>
<header><nav><a href="/">Home</a><a href="/politics">Politics</a></nav></header>
<main><article id="story">
  <h1>Council passes budget</h1>
  <p class="byline">By Jane Doe</p>
  <div class="body">
    ${[1, 2, 3, 4, 5, 6].map((n) => `<p>${para(n)}</p>`).join('\n')}
    <p>Line one of a poem<br>line two of a poem that is long enough to stay in the article text here.</p>
    <img src="x.png" onerror="alert(1)" alt="chart">
    <ul><li>First listed item with enough words to count as text.</li><li>Second listed item.</li></ul>
  </div>
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Other</a></li></ul></aside></main>
<footer>© Daily Test</footer></body></html>`;

describe('extractArticle', () => {
  test('returns the article text as paragraphs, one per block', () => {
    const a = extractArticle(doc(ARTICLE));
    expect(a).not.toBeNull();
    const paragraphs = a!.text.split('\n\n');
    expect(paragraphs).toContain(para(1));
    expect(paragraphs).toContain(para(6));
    expect(paragraphs).toContain('First listed item with enough words to count as text.');
    expect(paragraphs).toContain('Line one of a poem');
    expect(a!.text).not.toMatch(/Most read|Politics/);
  });

  test('html is sanitized: no event handlers, no scripts', () => {
    const a = extractArticle(doc(ARTICLE))!;
    expect(a.html).toContain('<p>');
    expect(a.html).not.toMatch(/onerror|<script/i);
  });

  test('text only: same text, no HTML serialized', () => {
    const full = extractArticle(doc(ARTICLE))!;
    const textOnly = extractArticle(doc(ARTICLE), { html: false })!;
    expect(textOnly.html).toBe('');
    expect(textOnly.text).toBe(full.text);
    expect(textOnly.title).toBe(full.title);
  });

  test('readArticle, the pipeline’s: the same text, title and root, and the article in a detached clone', () => {
    const d = doc(ARTICLE);
    const read = readArticle(d)!;
    const full = extractArticle(d)!;
    expect({ title: read.title, text: read.text, root: read.root }).toEqual({ title: full.title, text: full.text, root: full.root });
    expect(read.content.isConnected).toBe(false);
    expect(read.content.ownerDocument).not.toBe(d);
  });

  test('the live page is not modified', () => {
    const d = doc(ARTICLE);
    const before = d.documentElement.outerHTML;
    extractArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  test('root is the live element holding the article', () => {
    const d = doc(ARTICLE);
    const a = extractArticle(d)!;
    expect(a.root).toBe(d.querySelector('#story .body'));
  });

  test.each([
    ['an empty page', '<html><body></body></html>'],
    ['a short note', '<html><body><p>Hello.</p></body></html>'],
  ])('returns null for %s', (_name, html) => {
    expect(extractArticle(doc(html))).toBeNull();
  });
});

describe('articleParagraphs', () => {
  test.each([
    ['<p>a</p><p>b</p>', ['a', 'b']],
    ['<div>intro <b>bold</b> text<p>inner</p>tail</div>', ['intro bold text', 'inner', 'tail']],
    ['<p>one<br>two</p>', ['one', 'two']],
    ['<h2>Head</h2><p>Body  with\n spaces</p>', ['Head', 'Body with spaces']],
    ['<p>keep<script>drop()</script><style>.x{}</style></p>', ['keep']],
    ['<p>   </p>', []],
    // A caption and its credit in two spans, no space between: two paragraphs. One-word pieces of a word: joined.
    ['<figcaption><span>Firemen at work in Bédar</span><span>Emergencias Andalucía/EFE</span></figcaption>', ['Firemen at work in Bédar', 'Emergencias Andalucía/EFE']],
    ['<p>The <b>Open</b><b>AI</b> deal and <i>big</i><i>ger</i> plans</p>', ['The OpenAI deal and bigger plans']],
  ])('%s → %j', (html, expected) => {
    const root = doc(`<body><div id="r">${html}</div></body>`).getElementById('r')!;
    expect(articleParagraphs(root)).toEqual(expected);
  });
});

describe('a box instead of the article (Readability dropped the article with a furniture class)', () => {
  const disclosure = `<section class="advertiser-disclosure-body"><h3>Advertiser Disclosure</h3><p>Many of the credit card offers that appear on the website are from card companies from which this site receives compensation. This compensation may impact how and where products appear on this site, including the order in which they appear.</p><p>Opinions expressed here are the author's alone, not those of any bank, card issuer, airline or hotel chain, and have not been reviewed, approved or otherwise endorsed by any of these entities.</p></section>`;
  const story = (n: number): string =>
    `Paragraph ${n}: Harbour Rail confirmed that the coastal line will reopen in March after the storm repairs, with trains every twenty minutes at peak hours.`;
  const page = `<!doctype html><html lang="en"><head><title>Harbour Rail sets date to reopen the coastal line</title></head><body>
${disclosure}
<div class="above-footer"><div class="post-content"><h1>Harbour Rail sets date to reopen the coastal line</h1>
${[1, 2, 3, 4, 5].map((n) => `<p>${story(n)}</p>`).join('\n')}</div></div></body></html>`;

  test('a second pass finds the article', () => {
    const a = extractArticle(doc(page));
    expect(a?.text).toContain(story(1));
    expect(a?.text).toContain(story(5));
  });

  test('a short article that shares its headline words is taken as it is', () => {
    const short = `<!doctype html><html><head><title>Council passes budget</title></head><body><article><h1>Council passes budget</h1><p>${para(1)}</p><p>${para(2)}</p><p>${para(3)}</p></article></body></html>`;
    expect(extractArticle(doc(short))?.text).toBe([para(1), para(2), para(3)].join('\n\n'));
  });

  test.each([
    [['Many of the credit card offers that appear here are from companies that pay us.'], 'Alaska Airlines sets new date for full Oneworld membership', true],
    [['Alaska Airlines has a new date for its full Oneworld membership: March 31.'], 'Alaska Airlines sets new date for full Oneworld membership', false],
    [['x'.repeat(1200)], 'Alaska Airlines sets new date for full Oneworld membership', false],
    [['Some text without the headline words at all.'], 'EU: ok', false],
  ])('looksLikeABox(%j, %j) → %s', (paragraphs, title, expected) => {
    expect(looksLikeABox(paragraphs, title)).toBe(expected);
  });

  test.each([
    ['Harbour Rail reopens the line', 'Harbour Rail sets date to reopen the coastal line', 4 / 7],
    ['nothing shared', 'Harbour Rail sets date', 0],
    ['anything', 'A to B', 1],
  ])('titleShare(%j, %j) → %s', (text, title, expected) => {
    expect(titleShare(text, title)).toBeCloseTo(expected);
  });
});
