export type UrlHint = 'home' | 'listing' | 'gallery' | 'media' | 'article' | 'none';

// Word lists are looked up in sets, not big /i alternations: classifyUrl runs once per page on cold code, and
// compiling those regexes (plus a /u one for \p{L}) cost more than the whole rest of the URL check.
const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

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
const SEARCH_QUERY = /[?&](q|s|query|search|suche|keyword)=/i;
// A date in the path, a numeric id, or a long hyphenated slug: typical of story URLs.
const DATED_PATH = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)/;
const ID_PATH = /[/_-]\d{5,}(\.s?html?)?\/?$|\.s?html?$/i;

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

/** `word` ends `s` right after a - or _ ("the-evening-show-podcasts"). */
const endsWithWord = (s: string, word: string): boolean => s.length > word.length && s.endsWith(word) && isSep(s.charCodeAt(s.length - word.length - 1));

/** `word` stands in `s` as a whole word: after the start or a - or _, before the end, a - _ or a dot. */
function hasWord(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || isSep(s.charCodeAt(i - 1))) && (end === s.length || isSep(s.charCodeAt(end)) || s.charCodeAt(end) === 46)) return true;
  }
  return false;
}

/**
 * Reads the URL for cheap hints: home page, listing (tag/author/search/section), gallery, programme page
 * (podcast, episodes, schedule, live TV), or story-like.
 * @param url the page URL; an unparsable or missing URL gives `none`.
 */
export function classifyUrl(url?: string): UrlHint {
  if (!url) return 'none';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'none';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'none';
  const segments = u.pathname.split('/').filter(Boolean);
  const lower = segments.map((s) => s.toLowerCase());
  const last = lower.at(-1) ?? '';
  const search = u.search.length > 2 && SEARCH_QUERY.test(u.search);
  if (segments.length === 0 && !search) return 'home';
  if (search) return 'listing';
  if (lower.some((s) => GALLERY_SEGMENT.has(s)) || MEDIA_SLUG.some((w) => hasWord(last, w))) return 'gallery';
  if (lower.some((s) => MEDIA_SEGMENT.has(s)) || MEDIA_SLUG_END.some((w) => endsWithWord(last, w))) return 'media';
  // A bare id segment ("s-1452") names sections as often as stories: it needs a slug or a date with it.
  const slug = segments.some(isSlugSegment);
  if (DATED_PATH.test(u.pathname) || (slug && ID_PATH.test(u.pathname)) || isSlugSegment(segments.at(-1) ?? '')) return 'article';
  if (lower.some((s) => LISTING_SEGMENT.has(s))) return 'listing';
  return 'none';
}
