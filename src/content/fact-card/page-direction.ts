const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * The text direction of the page around the card: an explicit `dir` on the article, body or root element,
 * else the direction of the page's language. Attribute reads only: no layout.
 */
export function pageDirection(doc: Document, articleRoot?: Element | null): 'ltr' | 'rtl' {
  const explicit = articleRoot?.closest('[dir]')?.getAttribute('dir') ?? doc.body?.getAttribute('dir')
    ?? doc.documentElement.getAttribute('dir');
  const dir = explicit?.trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  const lang = (doc.documentElement.lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
}
