import { firstIn, words } from './word-set.ts';

export type UrlHint = 'home' | 'listing' | 'gallery' | 'media' | 'article' | 'none';

// Word lists in sets (word-set.ts): regex alternations, plus a /u one for \p{L}, cost more to compile than the
// whole rest of the URL check.

// Path segments that name index pages rather than stories, in en/fr/de/es/it.
const LISTING_SEGMENT = words(
  'tag tags topic topics theme themen thema category categories categorie categoria categorias kategorie rubrique rubriques ressort section sections seccion sezione author authors autor autore auteur auteurs profile user users search suche recherche buscar busqueda cerca archive archives archiv archivio page seite pagina index feed dossier dossiers schlagwort etiqueta argomenti live ticker',
);
const GALLERY_SEGMENT = words(
  'gallery galleries galerie galerien galeria galleria photo photos foto fotos bildergalerie diaporama slideshow video videos mediatheque',
);
// Programme pages (podcast feeds, episode lists, TV schedules, live streams) in en/fr/de/es/it: pages that
// carry show notes or a player, not a story, even when their template declares og:type=article.
const MEDIA_SEGMENT = words(
  'podcast podcasts episode episodes full-episodes schedule tv-schedule livetv live-tv livestream live-stream watch-live programme programmes tv-programm programm sendungen sendung-verpasst mediathek emissions podcasts-et-emissions replay grille-tv programa programas programacion parrilla episodios directo-tv puntate palinsesto',
);
// A slug that ends with a programme word ("…-show-podcasts", "…-full-episodes"): the page lists a show.
const MEDIA_SLUG_END = ['podcasts', 'episodes', 'livestream', 'live-stream', 'schedule', 'folgen', 'episodios', 'emissions', 'puntate'];
// Media words inside a story slug ("…-slideshow-…", "…-in-pictures"): a gallery, not prose.
const MEDIA_SLUG = ['slideshow', 'gallery', 'galerie', 'photos', 'fotos', 'in-pictures', 'in-bildern', 'en-images', 'en-imagenes', 'diaporama', 'fotogalerie', 'video', 'videos'];
// Query parameters that carry a search (`?q=`, `&suche=`…): the page lists results.
const SEARCH_PARAMS = ['q=', 's=', 'query=', 'search=', 'suche=', 'keyword='];

const isSep = (c: number): boolean => c === 45 || c === 95; // - _
let wideAlnum: RegExp | undefined;
/** A letter or digit in any script (\p{L}\p{N}); pathnames are percent-encoded, so almost always ASCII. */
function isAlnum(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return (wideAlnum ??= /^[\p{L}\p{N}]/u).test(s.slice(i));
}

/** A segment that starts with at least four words joined by - or _ ("ferry-line-approved-by", "a_b_c_d.html"). */
export function isSlugSegment(s: string): boolean {
  let i = 0;
  while (i < s.length && isAlnum(s, i)) i++;
  if (i === 0) return false;
  let joins = 0;
  while (joins < 3 && i + 1 < s.length && isSep(s.charCodeAt(i)) && isAlnum(s, i + 1)) {
    i += 2;
    while (i < s.length && isAlnum(s, i)) i++;
    joins++;
  }
  return joins >= 3;
}

/** `s` ends with `word`. indexOf, not endsWith: see the note above `pathSegments`. */
const endsWith = (s: string, word: string): boolean => s.length >= word.length && s.indexOf(word, s.length - word.length) >= 0;

/** `word` ends `s` right after a - or _ ("the-evening-show-podcasts"). */
const endsWithWord = (s: string, word: string): boolean => s.length > word.length && endsWith(s, word) && isSep(s.charCodeAt(s.length - word.length - 1));

/** `word` stands in `s` as a whole word: after the start or a - or _, before the end, a - _ or a dot. */
function hasWord(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || isSep(s.charCodeAt(i - 1))) && (end === s.length || isSep(s.charCodeAt(end)) || s.charCodeAt(end) === 46)) return true;
  }
  return false;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isPathSep = (c: number): boolean => c === 47 || c === 45; // / -

/** `/[?&](q|s|query|search|suche|keyword)=/i`: a search parameter anywhere in the query. */
export function hasSearchParam(search: string): boolean {
  const lower = search.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c !== 63 && c !== 38) continue; // ? &
    for (let k = 0; k < SEARCH_PARAMS.length; k++) if (lower.slice(i + 1, i + 1 + SEARCH_PARAMS[k]!.length) === SEARCH_PARAMS[k]) return true;
  }
  return false;
}

/** `/\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)/`: a year and month in the path ("/2026/03/", "/2026-3-"). */
export function hasDatedPath(path: string): boolean {
  const sepOrEnd = (i: number) => i === path.length || isPathSep(path.charCodeAt(i));
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    const century = path.slice(i + 1, i + 3);
    if ((century !== '19' && century !== '20') || !isDigit(path.charCodeAt(i + 3)) || !isDigit(path.charCodeAt(i + 4))) continue;
    if (!isPathSep(path.charCodeAt(i + 5))) continue;
    const m = i + 6;
    const c0 = path.charCodeAt(m);
    const c1 = path.charCodeAt(m + 1);
    if (c0 === 48 && c1 >= 49 && c1 <= 57 && sepOrEnd(m + 2)) return true; // 01–09
    if (c0 >= 49 && c0 <= 57 && sepOrEnd(m + 1)) return true; // 1–9
    if (c0 === 49 && c1 >= 48 && c1 <= 50 && sepOrEnd(m + 2)) return true; // 10–12
  }
  return false;
}

const HTML_EXTENSIONS = ['.shtml', '.html', '.shtm', '.htm'];

/** Length of a `.htm`, `.html`, `.shtm` or `.shtml` ending of `path` (any case), else 0. */
function htmlExtension(path: string): number {
  const tail = path.slice(-6).toLowerCase();
  for (let k = 0; k < HTML_EXTENSIONS.length; k++) if (endsWith(tail, HTML_EXTENSIONS[k]!)) return HTML_EXTENSIONS[k]!.length;
  return 0;
}

/** `/[/_-]\d{5,}(\.s?html?)?\/?$|\.s?html?$/i`: a page file, or a numeric id (5+ digits) at the end of the path. */
export function hasIdPath(path: string): boolean {
  if (htmlExtension(path)) return true;
  let end = path.length;
  if (path.charCodeAt(end - 1) === 47) end--;
  end -= htmlExtension(path.slice(0, end));
  let start = end;
  while (start > 0 && isDigit(path.charCodeAt(start - 1))) start--;
  return end - start >= 5 && (isSep(path.charCodeAt(start - 1)) || path.charCodeAt(start - 1) === 47);
}

/**
 * A host name the URL parser takes as it is: dot-separated labels of letters, digits and hyphens, the last
 * one starting with a letter (a numeric one would be read as an IPv4 address), no punycode (`xn--`, which the
 * parser checks), and an optional numeric port.
 */
function isPlainHost(host: string): boolean {
  const colon = host.indexOf(':');
  const name = colon >= 0 ? host.slice(0, colon) : host;
  if (colon >= 0) {
    const port = host.slice(colon + 1);
    if (port.length > 5 || !port.split('').every((c) => isDigit(c.charCodeAt(0))) || Number(port) > 65535) return false;
  }
  const labels = name.toLowerCase().split('.');
  const last = labels.at(-1) ?? '';
  if (!last || !((last.charCodeAt(0) | 32) >= 97 && (last.charCodeAt(0) | 32) <= 122)) return false;
  return labels.every((l) => l.length > 0 && !l.startsWith('xn--') && l.split('').every((c) => isDigit(c.charCodeAt(0)) || c === '-' || (c >= 'a' && c <= 'z')));
}

/**
 * Path and query of an http(s) URL that the URL parser would leave as is (what `location.href` always is:
 * printable ASCII, already percent-encoded, no dot segments), without building a URL object, whose first use
 * on a fresh page costs more than the rest of the URL check; null for anything else (then `new URL` decides).
 */
export function splitPlainUrl(url: string): { path: string; search: string } | null {
  const hash = url.indexOf('#');
  const s = hash >= 0 ? url.slice(0, hash) : url;
  const from = s.startsWith('https://') ? 8 : s.startsWith('http://') ? 7 : -1;
  if (from < 0) return null;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Letters, digits and -._~!$&()*+,;=:@/%? only: the parser would encode or reinterpret the rest.
    const plain = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || '-._~!$&()*+,;=:@/%?'.includes(s[i]!);
    if (!plain) return null;
  }
  const q = s.indexOf('?', from);
  const beforeQuery = q >= 0 ? s.slice(0, q) : s;
  const slash = beforeQuery.indexOf('/', from);
  if (!isPlainHost(beforeQuery.slice(from, slash >= 0 ? slash : beforeQuery.length))) return null;
  const path = slash >= 0 ? beforeQuery.slice(slash) : '/';
  if (path.includes('/.') || path.includes('%2e') || path.includes('%2E')) return null; // dot segments: resolved by the parser
  const search = q >= 0 && q < s.length - 1 ? s.slice(q) : '';
  return { path, search };
}

/** A URL the browser has already parsed (the page's own `Location`, or a URL object): its parts are read. */
export interface ParsedUrl {
  protocol: string;
  pathname: string;
  search: string;
}

const parsedParts = (u: ParsedUrl): { path: string; search: string } | null =>
  u.protocol === 'http:' || u.protocol === 'https:' ? { path: u.pathname, search: u.search } : null;

function urlParts(url: string | ParsedUrl): { path: string; search: string } | null {
  if (typeof url !== 'string') return parsedParts(url);
  const plain = splitPlainUrl(url);
  if (plain) return plain;
  try {
    return parsedParts(new URL(url));
  } catch {
    return null;
  }
}

// classifyUrl runs on every page in a fresh world, where each built-in method costs tens of microseconds the
// first time it runs at all (measured in Chromium: find, some, map, filter, endsWith 15–35 µs each; indexOf,
// slice, toLowerCase and Set lookups next to nothing). So it walks the path with indexed loops (for…of would
// call the array iterator's methods) and those few.

/** The non-empty segments of a path: `/a//b/` → `a`, `b`. */
function pathSegments(path: string): string[] {
  const out: string[] = [];
  for (let from = 0; from < path.length; ) {
    let to = path.indexOf('/', from);
    if (to < 0) to = path.length;
    if (to > from) out.push(path.slice(from, to));
    from = to + 1;
  }
  return out;
}

function anyWord(s: string, words: readonly string[], test: (s: string, word: string) => boolean): boolean {
  for (let k = 0; k < words.length; k++) if (test(s, words[k]!)) return true;
  return false;
}

/**
 * Reads the URL for cheap hints: home page, listing (tag/author/search/section), gallery, programme page
 * (podcast, episodes, schedule, live TV), or story-like.
 * @param url the page URL, or the page's `Location`; an unparsable or missing URL gives `none`.
 */
export function classifyUrl(url?: string | ParsedUrl): UrlHint {
  const u = url ? urlParts(url) : null;
  if (!u) return 'none';
  const segments = pathSegments(u.path);
  const lower: string[] = [];
  for (let k = 0; k < segments.length; k++) lower.push(segments[k]!.toLowerCase());
  const last = lower.length ? lower[lower.length - 1]! : '';
  const search = u.search.length > 2 && hasSearchParam(u.search);
  if (segments.length === 0 && !search) return 'home';
  if (search) return 'listing';
  if (firstIn(lower, GALLERY_SEGMENT) !== undefined || anyWord(last, MEDIA_SLUG, hasWord)) return 'gallery';
  if (firstIn(lower, MEDIA_SEGMENT) !== undefined || anyWord(last, MEDIA_SLUG_END, endsWithWord)) return 'media';
  // A bare id segment ("s-1452") names sections as often as stories: it needs a slug or a date with it.
  let slug = false;
  for (let k = 0; k < segments.length && !slug; k++) slug = isSlugSegment(segments[k]!);
  if (hasDatedPath(u.path) || (slug && hasIdPath(u.path)) || isSlugSegment(segments.length ? segments[segments.length - 1]! : '')) return 'article';
  if (firstIn(lower, LISTING_SEGMENT) !== undefined) return 'listing';
  return 'none';
}
