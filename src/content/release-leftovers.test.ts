// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { releaseLeftovers } from './release-leftovers.ts';
import { HideJournal } from './upsell/hide-journal.ts';

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
    expect(releaseLeftovers(document)).toEqual({ cards: 0, hidden: 1 });
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
    expect(releaseLeftovers(document)).toEqual({ cards: 1, hidden: 0 });
    expect(document.querySelector('[data-nutgraf-card]')).toBeNull();
    expect(document.body.textContent).toBe('Article text');
  });

  test('a clean page is left alone', () => {
    document.body.innerHTML = '<article><p style="display:none !important">x</p></article>';
    const before = document.body.innerHTML;
    expect(releaseLeftovers(document)).toEqual({ cards: 0, hidden: 0 });
    expect(document.body.innerHTML).toBe(before);
  });
});
