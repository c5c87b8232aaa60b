// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { releaseLeftovers } from './release-leftovers.ts';
import { HideJournal } from './upsell/hide-journal.ts';
import { lockScroll } from './reader/page-snapshot.ts';
import { adoptDocumentSheet } from './reader/adopt-styles.ts';
import { READER_PRINT_CSS } from './reader/reader-css.ts';

const finding = { kind: 'newsletter', reasons: ['test'], preview: 'Sign up' } as never;

beforeEach(() => {
  document.body.replaceChildren();
});

describe('releaseLeftovers', () => {
  test.each([
    ['no style attribute', null],
    ['a style of its own', 'color: red; margin: 0px;'],
    ['an empty style attribute', ''],
  ])('a block hidden by a dead journal is shown as before (%s)', (_name, original) => {
    const box = document.createElement('div');
    if (original !== null) box.setAttribute('style', original);
    document.body.append(box);
    new HideJournal().hide(box, finding); // the dead instance's journal: never restored
    expect(box.getAttribute('data-nutgraf-hidden')).toBe('newsletter');
    expect(releaseLeftovers(document)).toEqual({ cards: 0, readers: 0, hidden: 1 });
    expect(box.hasAttribute('data-nutgraf-hidden')).toBe(false);
    expect(box.style.display).toBe('');
    expect(box.getAttribute('style')).toBe(original === '' ? null : original);
  });

  test('a display the page set itself is kept', () => {
    const box = document.createElement('div');
    box.setAttribute('style', 'display: none');
    box.setAttribute('data-nutgraf-hidden', 'promo-other');
    document.body.append(box);
    releaseLeftovers(document);
    expect(box.getAttribute('style')).toBe('display: none');
  });

  test('leftover cards are removed, page content is not', () => {
    const card = document.createElement('nutgraf-card');
    card.setAttribute('data-nutgraf-card', '');
    const p = document.createElement('p');
    p.textContent = 'Article text';
    document.body.append(card, p);
    expect(releaseLeftovers(document)).toEqual({ cards: 1, readers: 0, hidden: 0 });
    expect(document.querySelector('[data-nutgraf-card]')).toBeNull();
    expect(document.body.textContent).toBe('Article text');
  });

  test.each([
    ['no style attribute', null],
    ['a style of its own', 'color: red;'],
  ])("a dead reader overlay is removed and its scroll lock undone (%s)", (_name, original) => {
    const html = document.documentElement;
    for (const el of [html, document.body]) {
      if (original === null) el.removeAttribute('style');
      else el.setAttribute('style', original);
    }
    lockScroll(document); // what the dead reader did
    const reader = document.createElement('nutgraf-reader');
    reader.setAttribute('data-nutgraf-reader', '');
    document.body.append(reader);
    expect(releaseLeftovers(document)).toEqual({ cards: 0, readers: 1, hidden: 0 });
    expect(document.querySelector('[data-nutgraf-reader]')).toBeNull();
    expect(html.getAttribute('style')).toBe(original);
    expect(document.body.getAttribute('style')).toBe(original);
    html.removeAttribute('style');
    document.body.removeAttribute('style');
  });

  test('the dead reader\'s print sheet goes too; the page\'s own sheets stay', () => {
    const own = new CSSStyleSheet();
    own.replaceSync('@media print { nav { display: none; } }');
    document.adoptedStyleSheets = [own];
    expect(adoptDocumentSheet(document, READER_PRINT_CSS)).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    const reader = document.createElement('div');
    reader.setAttribute('data-nutgraf-reader', '');
    document.body.append(reader);
    releaseLeftovers(document);
    expect(document.adoptedStyleSheets).toEqual([own]);
    document.adoptedStyleSheets = [];
  });

  test('without a leftover reader, a page that locks its own scrolling keeps it', () => {
    document.body.setAttribute('style', 'overflow: hidden !important');
    releaseLeftovers(document);
    expect(document.body.getAttribute('style')).toBe('overflow: hidden !important');
    document.body.removeAttribute('style');
  });

  test('a clean page is left alone', () => {
    document.body.innerHTML = '<article><p style="display:none !important">x</p></article>';
    const before = document.body.innerHTML;
    expect(releaseLeftovers(document)).toEqual({ cards: 0, readers: 0, hidden: 0 });
    expect(document.body.innerHTML).toBe(before);
  });
});
