/** Everything isNewsPage reads from metadata elements, in one selector so the document is walked once. */
const SELECTOR = [
  'meta:is([property="og:type"], [name="og:type"], [property="article:published_time"], [name="article:published_time"], [property="og:article:published_time"], [name="pubdate" i], [name="publishdate" i])',
  '[itemprop="datePublished"]',
  'script[type="application/ld+json"]',
].join(', ');

export interface MetadataScan {
  /** Content of the first og:type meta, trimmed and lower-cased; null when absent or empty. */
  ogType: string | null;
  /** A publish time is declared: article:published_time (first such meta non-empty), itemprop, pubdate… */
  published: boolean;
  /** JSON-LD scripts, in document order. */
  ldScripts: Element[];
}

const content = (el: Element | undefined): string | null => el?.getAttribute('content')?.trim().toLowerCase() ?? null;

/**
 * Finds the Open Graph type, publish-time markers and JSON-LD scripts with one querySelectorAll: on pages
 * without them (most non-news pages) each separate query would walk the whole document.
 */
export function scanMetadata(doc: Document): MetadataScan {
  let og: Element | undefined;
  let pub: Element | undefined;
  let published = false;
  const ldScripts: Element[] = [];
  const found = doc.querySelectorAll(SELECTOR);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.localName === 'script') {
      if (el.getAttribute('itemprop') === 'datePublished') published = true;
      if (el.getAttribute('type')?.toLowerCase() === 'application/ld+json') ldScripts.push(el);
      continue;
    }
    if (el.getAttribute('itemprop') === 'datePublished') published = true;
    if (el.localName !== 'meta') continue;
    const prop = el.getAttribute('property');
    const name = el.getAttribute('name');
    if (!og && (prop === 'og:type' || name === 'og:type')) og = el;
    if (!pub && (prop === 'article:published_time' || name === 'article:published_time')) pub = el;
    const lower = name?.toLowerCase();
    if (lower === 'pubdate' || lower === 'publishdate' || prop === 'og:article:published_time') published = true;
  }
  return { ogType: content(og), published: published || !!content(pub), ldScripts };
}
