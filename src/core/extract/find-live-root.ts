/**
 * Finds, in the LIVE page, the element that holds the article Readability extracted from a clone,
 * so the upsell guards can protect it. Matches long paragraphs by their opening words and returns the
 * lowest common ancestor of the matches.
 */
const MIN_LEN = 80;
const KEY_LEN = 60;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function commonAncestor(a: Element, b: Element): Element | null {
  const chain = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) chain.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (chain.has(e)) return e;
  return null;
}

function match(doc: Document, selector: string, keys: string[]): Element[] {
  const left = [...keys];
  const found: Element[] = [];
  for (const el of doc.body?.querySelectorAll(selector) ?? []) {
    if (left.length === 0) break;
    const text = norm(el.textContent ?? '');
    if (text.length < MIN_LEN) continue;
    const i = left.findIndex((k) => text.startsWith(k));
    if (i < 0) continue;
    const key = left[i] ?? '';
    if ([...el.children].some((c) => norm(c.textContent ?? '').startsWith(key))) continue;
    found.push(el);
    left.splice(i, 1);
  }
  return found;
}

/**
 * @param paragraphs the extracted article paragraphs (text)
 * @returns the live element, or null when no paragraph could be found again
 */
export function findLiveRoot(doc: Document, paragraphs: string[]): Element | null {
  const long = paragraphs.filter((p) => p.length >= MIN_LEN);
  if (long.length === 0) return null;
  // First, middle and last long paragraphs: enough to span the article without scanning for each.
  const picks = [...new Set([long[0], long[Math.floor(long.length / 2)], long[long.length - 1]])].filter((p): p is string => !!p);
  const keys = picks.map((p) => p.slice(0, KEY_LEN));
  const found = match(doc, 'p, li, blockquote, td', keys);
  // Sites that put paragraphs in bare divs: a second, costlier pass over divs holding the text directly.
  if (found.length === 0) found.push(...match(doc, 'div', keys));
  const [first, ...rest] = found;
  if (!first) return null;
  let root: Element | null = rest.length ? rest.reduce<Element | null>((acc, el) => (acc ? commonAncestor(acc, el) : null), first) : first.parentElement;
  if (!root || root === doc.body || root === doc.documentElement) root = first.parentElement;
  return root;
}
