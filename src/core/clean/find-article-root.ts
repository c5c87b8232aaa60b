/** Cap on paragraphs examined, so huge pages stay bounded. */
const MAX_PARAGRAPHS = 600;
const MIN_LEN = 80;

/**
 * Finds the main text container of a page: the element holding most paragraph text among its children
 * (with half credit to the grandparent, as Readability does), preferring an explicit `articleBody`.
 * @returns the container, or null when the page has no substantial paragraph text.
 */
export function findArticleRoot(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const ps = doc.body?.getElementsByTagName('p');
  if (!ps) return null;
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_LEN) continue;
    if (p.closest('nav, footer, aside, li, [role="navigation"], [role="complementary"]')) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand !== doc.body) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best || bestScore < 300) {
    // Short stories and live blogs: fall back on the page's own markup for the article body.
    const articles = doc.getElementsByTagName('article');
    return doc.querySelector('[itemprop="articleBody"], [itemprop="articlebody"]') ?? (articles.length === 1 ? articles[0]! : null);
  }
  const body = best.closest('[itemprop="articleBody"], [itemprop="articlebody"]');
  return body ?? best;
}
