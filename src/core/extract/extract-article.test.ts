// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractArticle } from './extract-article.ts';
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
  ])('%s → %j', (html, expected) => {
    const root = doc(`<body><div id="r">${html}</div></body>`).getElementById('r')!;
    expect(articleParagraphs(root)).toEqual(expected);
  });
});
