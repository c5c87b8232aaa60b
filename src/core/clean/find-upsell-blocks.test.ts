// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { findUpsellBlocks, type UpsellBlock } from './find-upsell-blocks.ts';

// jsdom on a shared, busy machine: parsing alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const dir = resolve(import.meta.dirname, '../../../tests/fixtures/upsell');
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(dir, file), 'utf8'), 'text/html');
}

function run(file: string): { doc: Document; blocks: UpsellBlock[] } {
  const doc = load(file);
  return { doc, blocks: findUpsellBlocks(doc, { paywalled: file.includes('paywall') }) };
}

const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The block that hides `el`: it is `el`, contains it, or sits inside it covering most of its text. */
function coverOf(el: Element, blocks: UpsellBlock[]): UpsellBlock | undefined {
  return blocks.find(
    (b) => b.element === el || b.element.contains(el) || (el.contains(b.element) && norm(b.element.textContent).length >= 0.6 * norm(el.textContent).length),
  );
}

// One row per labelled element of every fixture: [file, n, expected kind | 'keep', text].
const cases = files.flatMap((file) =>
  [...load(file).querySelectorAll('[expect-hide], [expect-keep]')].map((el, i) => [file, i, el.getAttribute('expect-hide') ?? 'keep', norm(el.textContent).slice(0, 50)] as const),
);
const hideCases = cases.filter((c) => c[2] !== 'keep');
const keepCases = cases.filter((c) => c[2] === 'keep');

describe('findUpsellBlocks on our fixtures', () => {
  test.each(hideCases)('%s #%i hides %s: %s', (file, i, kind) => {
    const { doc, blocks } = run(file);
    const el = doc.querySelectorAll('[expect-hide], [expect-keep]')[i]!;
    const block = coverOf(el, blocks);
    expect(block, `blocks: ${blocks.map((b) => b.finding.preview).join(' | ')}`).toBeDefined();
    expect(block!.finding.kind).toBe(kind);
    expect(block!.finding.reasons.length).toBeGreaterThan(0);
  });

  test.each(keepCases)('%s #%i keeps (%s): %s', (file, i) => {
    const { doc, blocks } = run(file);
    const el = doc.querySelectorAll('[expect-hide], [expect-keep]')[i]!;
    const bad = blocks.find((b) => b.element === el || b.element.contains(el) || el.contains(b.element));
    expect(bad?.finding.preview).toBeUndefined();
  });
});

describe('guards', () => {
  test.each([
    ['a headline', '<h1>Subscribe now to our newsletter</h1>'],
    ['a long article paragraph', `<div class="newsletter-box"><p>${'The council said the newsletter of the ferry company reached subscribers across the islands. '.repeat(5)}</p></div>`],
    ['a consent banner', '<div id="onetrust-banner-sdk"><p>We use cookies. Subscribe to our newsletter</p><button>Accept</button></div>'],
    ['a login form', '<form class="signup"><input type="email"><input type="password"><button>Sign in</button></form>'],
    ['a nav menu item', '<nav><ul><li><a href="/subscribe">Subscribe now</a></li><li><a href="/news">News</a></li></ul></nav>'],
  ])('never selects %s', (_name, html) => {
    const doc = new DOMParser().parseFromString(`<html><body><main><article><div class="body"><p>${'Story text about the harbor and the ferry line. '.repeat(8)}</p></div></article>${html}</main></body></html>`, 'text/html');
    expect(findUpsellBlocks(doc, { paywalled: false }).map((b) => b.finding.preview)).toEqual([]);
  });

  test('returns only the outermost block, in document order', () => {
    const doc = load('en-news.html');
    const blocks = findUpsellBlocks(doc, { paywalled: false });
    for (const a of blocks) for (const b of blocks) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
    const order = blocks.map((b) => b.element);
    for (let i = 1; i < order.length; i++) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & 4).toBeTruthy();
  });

  test('a hard paywall keeps subscribe and meter prompts, hides the rest', () => {
    const kinds = run('en-paywall.html').blocks.map((b) => b.finding.kind);
    expect(kinds).toEqual(['newsletter']);
  });
});
