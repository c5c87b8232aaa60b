/** Cap on paragraphs examined: enough to recognise an article, bounded on huge listing pages. */
const MAX_PARAGRAPHS = 250;
const LONG = 140;
const SHORT = 60;

export interface ProseStats {
  /** Paragraphs with at least 140 characters of text. */
  longParagraphs: number;
  /** Characters in those long paragraphs. */
  longChars: number;
  /** Characters of link text inside those long paragraphs. */
  linkChars: number;
  /** Paragraphs with 60–139 characters (news sites often write short paragraphs). */
  shortParagraphs: number;
  /** Paragraphs examined (capped). */
  paragraphs: number;
}

/**
 * Measures the prose of a page from its `<p>` elements only (no full-document text scan): how many long
 * paragraphs, how much text, and how much of it is link text. Paragraphs inside lists, nav, footers and
 * asides are skipped: they are teasers or chrome, not story text.
 */
export function measureProse(doc: Document): ProseStats {
  const stats: ProseStats = { longParagraphs: 0, longChars: 0, linkChars: 0, shortParagraphs: 0, paragraphs: 0 };
  const ps = doc.getElementsByTagName('p');
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    stats.paragraphs++;
    const len = (p.textContent ?? '').trim().length;
    if (len < SHORT) continue;
    if (p.closest('li, nav, footer, aside, [role="navigation"], [role="complementary"]')) continue;
    if (len < LONG) {
      stats.shortParagraphs++;
      continue;
    }
    stats.longParagraphs++;
    stats.longChars += len;
    for (const a of p.getElementsByTagName('a')) stats.linkChars += (a.textContent ?? '').length;
  }
  return stats;
}
