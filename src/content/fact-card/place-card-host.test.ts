// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { placeCardHost } from './place-card-host.ts';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
// Where the host ended up: "<position> after <previous sibling> in <parent>" / "before <next sibling>".
function where(doc: Document, rootSelector?: string): string {
  const host = doc.createElement('nutgraf-card');
  const position = placeCardHost(doc, host, rootSelector ? doc.querySelector(rootSelector) : undefined);
  const describe = (el: Element | null) => (el ? el.id || el.tagName.toLowerCase() : 'none');
  return `${position} after:${describe(host.previousElementSibling)} in:${describe(host.parentElement)}`;
}

describe('placeCardHost', () => {
  test.each([
    ['after the h1 inside the article', '<article id="art"><h1 id="h">T</h1><p>x</p></article>', undefined, 'inline after:h in:art'],
    ['after a headline above the extracted root', '<header id="hd"><h1 id="h">T</h1></header><div id="body"><p>x</p></div>', '#body', 'inline after:h in:hd'],
    ['before the root when there is no headline', '<main id="m"><div id="body"><p>x</p></div></main>', '#body', 'inline after:none in:m'],
    ['out of a link wrapping the headline', '<article id="art"><a id="lnk" href="/"><h1>T</h1></a><p>x</p></article>', undefined, 'inline after:lnk in:art'],
    ['never inside a paragraph given as root', '<div id="d"><p id="p">only paragraph</p></div>', '#p', 'inline after:none in:d'],
    ['fixed when there is no article at all', '<div><p>x</p></div>', undefined, 'fixed after:div in:body'],
    ['fixed when the root is the body', '<p>x</p>', 'body', 'fixed after:p in:body'],
  ])('%s', (_name, html, root, expected) => {
    expect(where(load(html), root)).toBe(expected);
  });

  test('writes the position on the host for its styles', () => {
    const doc = load('<p>x</p>');
    const host = doc.createElement('nutgraf-card');
    placeCardHost(doc, host);
    expect(host.getAttribute('data-position')).toBe('fixed');
  });

  test('a headline after the article (related links) does not pull the card away', () => {
    const doc = load('<div id="body"><p>x</p></div><aside id="as"><h1>Related</h1></aside>');
    expect(where(doc, '#body')).toBe('inline after:none in:body');
    expect(doc.body.firstElementChild?.tagName.toLowerCase()).toBe('nutgraf-card');
  });
});
