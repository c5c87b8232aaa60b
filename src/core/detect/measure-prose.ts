/** Cap on paragraphs examined: enough to recognise an article, bounded on huge listing pages. */
const MAX_PARAGRAPHS = 250;
const LONG = 140;
const SHORT = 60;

export interface ProseStats {
  /** Paragraphs with at least 140 (Latin-equivalent) characters of text. */
  longParagraphs: number;
  /** Latin-equivalent characters in those long paragraphs. */
  longChars: number;
  /** Latin-equivalent characters of link text inside those long paragraphs. */
  linkChars: number;
  /** Paragraphs with 60–139 characters (news sites often write short paragraphs). */
  shortParagraphs: number;
  /** Paragraphs examined (capped). */
  paragraphs: number;
  /** Counted paragraphs (short or long) written mostly in Han, kana or Hangul. */
  wideParagraphs: number;
}

/** Han, kana or Hangul: scripts that say in one character what Latin says in several. */
function isWide(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af);
}

/**
 * Length of `text` in Latin-equivalent characters: a Han or kana character counts 3, a Hangul syllable 2
 * (roughly what a Latin translation spends on it), so the same thresholds fit CJK prose. Three sampled
 * characters decide whether to count at all, so Latin text costs three reads, not a scan.
 */
export function proseLength(text: string): number {
  const n = text.length;
  if (n < 8 || !(isWide(text.charCodeAt(n >> 2)) || isWide(text.charCodeAt(n >> 1)) || isWide(text.charCodeAt((3 * n) >> 2)))) return n;
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7af) len += 1;
    else if (isWide(c)) len += 2;
  }
  return len;
}

/**
 * Measures the prose of a page from its `<p>` elements only (no full-document text scan): how many long
 * paragraphs, how much text, and how much of it is link text. Paragraphs inside lists, nav, footers and
 * asides are skipped: they are teasers or chrome, not story text. Lengths are Latin-equivalent (proseLength).
 */
export function measureProse(doc: Document): ProseStats {
  const stats: ProseStats = { longParagraphs: 0, longChars: 0, linkChars: 0, shortParagraphs: 0, paragraphs: 0, wideParagraphs: 0 };
  const ps = doc.getElementsByTagName('p');
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    stats.paragraphs++;
    const text = (p.textContent ?? '').trim();
    // Wide scripts weigh at most 3 per character: shorter text can never reach SHORT.
    if (text.length < SHORT / 3) continue;
    const len = proseLength(text);
    if (len < SHORT) continue;
    if (p.closest('li, nav, footer, aside, [role="navigation"], [role="complementary"]')) continue;
    if (len > 1.5 * text.length) stats.wideParagraphs++;
    if (len < LONG) {
      stats.shortParagraphs++;
      continue;
    }
    stats.longParagraphs++;
    stats.longChars += len;
    const scale = len / text.length;
    const links = p.getElementsByTagName('a');
    for (let j = 0; j < links.length; j++) stats.linkChars += (links[j]!.textContent ?? '').length * scale;
  }
  stats.linkChars = Math.round(stats.linkChars);
  return stats;
}
