export type UrlHint = 'home' | 'listing' | 'gallery' | 'media' | 'article' | 'none';

// Path segments that name index pages rather than stories, in en/fr/de/es/it.
const LISTING_SEGMENT =
  /^(tags?|topics?|themen?|thema|category|categories|categorie|categorias?|categoria|kategorie|rubrique|rubriques|ressort|section|sections|seccion|sezione|author|authors|autor|autore|auteur|auteurs|authors?|profile|user|users|search|suche|recherche|buscar|busqueda|cerca|archive|archives|archiv|archivio|page|seite|pagina|index|feed|dossiers?|schlagwort|etiqueta|argomenti|live|ticker)$/i;
const GALLERY_SEGMENT = /^(gallery|galleries|galerie|galerien|galeria|galleria|photos?|fotos?|bildergalerie|diaporama|slideshow|videos?|video|mediatheque)$/i;
// Programme pages (podcast feeds, episode lists, TV schedules, live streams) in en/fr/de/es/it: pages that
// carry show notes or a player, not a story, even when their template declares og:type=article.
const MEDIA_SEGMENT =
  /^(podcasts?|episodes?|full-episodes|schedule|tv-schedule|live-?tv|live-?stream|livestream|watch-live|programme|programmes|tv-programm|programm|sendungen|sendung-verpasst|mediathek|emissions|podcasts-et-emissions|replay|grille-tv|programa|programas|programacion|parrilla|episodios|directo-tv|puntate|palinsesto)$/i;
// A slug that ends with a programme word ("…-show-podcasts", "…-full-episodes"): the page lists a show.
const MEDIA_SLUG_END = /[-_](podcasts|episodes|full-episodes|live-?stream|livestream|schedule|folgen|episodios|emissions|puntate)$/i;
const SEARCH_QUERY = /[?&](q|s|query|search|suche|keyword)=/i;
// A date in the path, a numeric id, or a long hyphenated slug: typical of story URLs.
const DATED_PATH = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)/;
const ID_PATH = /[/_-]\d{5,}(\.s?html?)?\/?$|\.s?html?$/i;
const SLUG_SEGMENT = /^[\p{L}\p{N}]+([-_][\p{L}\p{N}]+){3,}/u;
// Media words inside a story slug ("…-slideshow-…", "…-in-pictures"): a gallery, not prose.
const MEDIA_SLUG = /(^|[-_])(slideshow|gallery|galerie|photos|fotos|in-pictures|in-bildern|en-images|en-imagenes|diaporama|fotogalerie|videos?)([-_.]|$)/i;

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
  if (!/^https?:$/.test(u.protocol)) return 'none';
  const segments = u.pathname.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  if (segments.length === 0 && !SEARCH_QUERY.test(u.search)) return 'home';
  if (SEARCH_QUERY.test(u.search)) return 'listing';
  if (segments.some((s) => GALLERY_SEGMENT.test(s)) || MEDIA_SLUG.test(last)) return 'gallery';
  if (segments.some((s) => MEDIA_SEGMENT.test(s)) || MEDIA_SLUG_END.test(last)) return 'media';
  // A bare id segment ("s-1452") names sections as often as stories: it needs a slug or a date with it.
  const slug = segments.some((s) => SLUG_SEGMENT.test(s));
  if (DATED_PATH.test(u.pathname) || (slug && ID_PATH.test(u.pathname)) || SLUG_SEGMENT.test(last)) return 'article';
  if (segments.some((s) => LISTING_SEGMENT.test(s))) return 'listing';
  return 'none';
}
