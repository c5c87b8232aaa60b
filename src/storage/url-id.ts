/**
 * Identity of a saved summary: its URL, normalised, so that saving the same article twice (or importing
 * it) merges instead of doubling. The id is a hash of that normalised URL, which makes the storage key
 * of a summary a pure function of its URL: a save is one small write, with no shared index to rewrite.
 */

/** Query parameters that only track the click, never select the content. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|cmpid|xtor)$/i;

/** Normalise a URL for comparison: no fragment, no tracking parameters, no trailing slash, sorted query. */
export function normalizeUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(params).toString();
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}

/** Id of the summary of a URL: 20 hex digits (80 bits) of SHA-256 of the normalised URL. */
export async function urlId(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizeUrl(url)));
  return [...new Uint8Array(digest, 0, 10)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
