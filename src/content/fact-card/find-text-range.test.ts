// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findTextRange, normalizeForSearch } from './find-text-range.ts';

function page(html: string): HTMLElement {
  // A parsed document of its own: fixture markup never goes through innerHTML.
  return new DOMParser().parseFromString(html, 'text/html').body;
}

describe('findTextRange', () => {
  test.each([
    ['plain paragraph', '<p>Alpha beta. Gamma delta.</p>', 'Gamma delta.'],
    ['across inline elements', '<p>Acme will <a href="#">invest <em>up to</em></a> $2bn here.</p>', 'Acme will invest up to $2bn'],
    ['collapsed whitespace and newlines', '<p>Acme\n   will\tinvest</p>', 'Acme will invest'],
    ['no-break spaces', '<p>hausse de 4\u202f% sur\u00a0un an</p>', 'hausse de 4 % sur un an'],
    ['soft hyphens in the page', '<p>Kommunikations\u00adunternehmen wächst</p>', 'Kommunikationsunternehmen wächst'],
    ['curly vs straight apostrophe', '<p>l’accord d’Intel</p>', "l'accord d'Intel"],
  ])('finds text: %s', (_name, html, needle) => {
    const root = page(html);
    const range = findTextRange(root, needle);
    expect(range).not.toBeNull();
    expect(normalizeForSearch(range!.toString())).toBe(normalizeForSearch(needle));
  });

  test.each([
    ['absent text', '<p>Alpha beta.</p>', 'Gamma'],
    ['text only inside a script', '<p>Alpha</p><script>var secret = "Gamma"</script>', 'Gamma'],
    ['text inside a block we hid', '<p>Alpha</p><div data-nutgraf-hidden="newsletter">Gamma sign up</div>', 'Gamma'],
    ['empty needle', '<p>Alpha</p>', '   '],
  ])('returns null: %s', (_name, html, needle) => {
    expect(findTextRange(page(html), needle)).toBeNull();
  });

  test('the range starts and ends inside the right text nodes', () => {
    const root = page('<p>One <b>two</b> three</p>');
    const range = findTextRange(root, 'two three')!;
    expect(range.startContainer.textContent).toBe('two');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe(' three');
    expect(range.endOffset).toBe(6);
  });

  test('never changes the page', () => {
    const root = page('<p>Acme will <a href="#">invest</a> $2bn.</p>');
    const before = root.innerHTML;
    findTextRange(root, 'will invest $2bn');
    expect(root.innerHTML).toBe(before);
  });
});
