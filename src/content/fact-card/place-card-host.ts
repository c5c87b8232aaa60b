// Inline ancestors a block card must never be put inside (page paragraphs, links, headings…).
const INLINE_PARENTS = 'p, a, span, em, strong, b, i, q, blockquote, li, h1, h2, h3, h4, h5, h6, button, label, figcaption';

export type CardPosition = 'inline' | 'fixed';

/**
 * Puts the card host at the top of the article: right after the headline when there is one in or above the
 * article, else just before the article root; never inside a paragraph or other inline context. Pages with no
 * recognisable article get the card fixed at the top corner instead.
 * @returns where the host went, also written to its `data-position` attribute for the card's styles.
 */
export function placeCardHost(doc: Document, host: HTMLElement, articleRoot?: Element | null): CardPosition {
  const root = usableRoot(doc, articleRoot ?? doc.querySelector('article, [itemprop="articleBody"]'));
  const headline = (root?.querySelector('h1') ?? doc.querySelector('main h1, article h1, h1'));
  const anchor = headline ? outsideInline(headline) : null;
  let position: CardPosition = 'inline';
  if (anchor && (!root || precedesOrContains(anchor, root))) anchor.after(host);
  else if (root) root.before(host);
  else {
    position = 'fixed';
    (doc.body ?? doc.documentElement).append(host);
  }
  host.setAttribute('data-position', position);
  return position;
}

function usableRoot(doc: Document, root: Element | null): Element | null {
  if (!root || root === doc.body || root === doc.documentElement || !root.isConnected) return null;
  return outsideInline(root);
}

// The outermost inline ancestor of `element` (or itself), so inserting next to it stays out of text flow.
function outsideInline(element: Element): Element {
  let current = element;
  for (let parent = current.parentElement; parent?.matches(INLINE_PARENTS); parent = parent.parentElement) current = parent;
  return current;
}

// A headline far below the article start (e.g. a "related" block) must not pull the card away from it.
function precedesOrContains(anchor: Element, root: Element): boolean {
  if (root.contains(anchor)) return true;
  return Boolean(anchor.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING);
}
