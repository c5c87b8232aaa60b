// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { domH } from './dom-h.ts';

describe('domH', () => {
  test.each<[string, Record<string, unknown> | null, string]>([
    ['no props', null, '<p></p>'],
    ['class and aria', { class: 'np-saved', 'aria-labelledby': 't' }, '<p class="np-saved" aria-labelledby="t"></p>'],
    ['className is class', { className: 'x' }, '<p class="x"></p>'],
    ['undefined, null and false left out', { href: undefined, title: null, hidden: false }, '<p></p>'],
    ['true is an empty attribute', { hidden: true }, '<p hidden=""></p>'],
    ['numbers as text', { 'data-n': 3 }, '<p data-n="3"></p>'],
    ['key and handlers are Preact’s', { key: 'k', onClick: () => {} }, '<p></p>'],
  ])('%s', (_, props, html) => {
    expect((domH('p', props) as Element).outerHTML).toBe(html);
  });

  test.each<[string, unknown[], string]>([
    ['strings and numbers as text nodes', ['a', ' · ', 3], 'a · 3'],
    ['arrays flattened', [['a', ['b']], 'c'], 'abc'],
    ['null, undefined and booleans render nothing', [null, undefined, false, true, 'x'], 'x'],
  ])('children: %s', (_, children, text) => {
    const el = domH('p', null, ...(children as string[])) as Element;
    expect(el.textContent).toBe(text);
    expect(el.children).toHaveLength(0);
  });

  test('page text is text, never markup', () => {
    const el = domH('a', { title: '"><img src=x>' }, '<img src=x onerror=alert(1)>') as Element;
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(el.getAttribute('title')).toBe('"><img src=x>');
  });

  test('element children are appended as they are', () => {
    const child = domH('span', { class: 'c' }, 'in');
    const el = domH('li', null, child, 'after') as Element;
    expect(el.firstChild).toBe(child);
    expect(el.outerHTML).toBe('<li><span class="c">in</span>after</li>');
  });
});
