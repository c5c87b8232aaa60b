// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearHighlight, highlightSource } from './highlight-source.ts';

const ARTICLE = '<article><h1>Title</h1><p id="p1" style="color: red">Acme will <a href="#">invest</a> up to $2bn in Globex.</p><p id="p2">Other text.</p></article>';

beforeEach(() => {
  document.body.replaceChildren(...new DOMParser().parseFromString(ARTICLE, 'text/html').body.childNodes);
  Element.prototype.scrollIntoView = vi.fn();
  vi.useFakeTimers();
});
afterEach(() => {
  clearHighlight();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('highlightSource without the Highlight API (outline fallback)', () => {
  test('scrolls to the sentence and outlines its element, then restores the style exactly', () => {
    const p1 = document.getElementById('p1')!;
    expect(highlightSource(document, ['Acme will invest up to $2bn in Globex.'])).toBe(true);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(1);
    expect(p1.style.getPropertyValue('outline')).toContain('solid');
    expect(p1.textContent).toBe('Acme will invest up to $2bn in Globex.');
    vi.advanceTimersByTime(6000);
    expect(p1.getAttribute('style')).toBe('color: red;');
  });

  test('an element without a style attribute gets none back', () => {
    highlightSource(document, ['Other text.']);
    const p2 = document.getElementById('p2')!;
    expect(p2.hasAttribute('style')).toBe(true);
    clearHighlight();
    expect(p2.hasAttribute('style')).toBe(false);
  });

  test('falls back to the next candidate, and reports false when none is found', () => {
    expect(highlightSource(document, ['A sentence that is not there.', 'up to $2bn'])).toBe(true);
    expect(highlightSource(document, ['Nothing like this', ''])).toBe(false);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(1);
  });

  test('a new highlight clears the previous one', () => {
    highlightSource(document, ['Other text.']);
    highlightSource(document, ['up to $2bn']);
    expect(document.getElementById('p2')!.hasAttribute('style')).toBe(false);
    expect(document.getElementById('p1')!.style.getPropertyValue('outline')).toContain('solid');
  });
});

describe('highlightSource with the CSS Custom Highlight API', () => {
  test('registers a highlight over the exact range and removes it later', () => {
    const highlights = new Map<string, { ranges: Range[] }>();
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', class { ranges: Range[]; constructor(...ranges: Range[]) { this.ranges = ranges; } });
    expect(highlightSource(document, ['will invest up to'])).toBe(true);
    expect(highlights.get('nutgraf-source')?.ranges[0]?.toString()).toBe('will invest up to');
    expect(document.getElementById('p1')!.style.getPropertyValue('outline')).toBe('');
    expect((document.adoptedStyleSheets ?? []).some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('nutgraf-source')))
      || document.querySelector('style[data-nutgraf-style]') !== null).toBe(true);
    vi.advanceTimersByTime(6000);
    expect(highlights.has('nutgraf-source')).toBe(false);
  });
});
