import type { NewsVerdict } from '../types.ts';
import type { NewsSignals } from './collect-news-signals.ts';
import { firstIn, words } from './word-set.ts';

const NEWS_TYPES = words(
  'NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle ReviewNewsArticle AskPublicNewsArticle SatiricalArticle LiveBlogPosting',
);
const ARTICLE_TYPES = words('Article BlogPosting Report ScholarlyArticle TechArticle SocialMediaPosting');
const LISTING_TYPES = words('CollectionPage ItemList SearchResultsPage ProfilePage ImageGallery MediaGallery VideoGallery Recipe Product Event JobPosting FAQPage QAPage');
// Programme and media types: a page whose JSON-LD only says "episode" or "video" is a player page.
const MEDIA_TYPES = words(
  'PodcastEpisode PodcastSeries PodcastSeason Episode TVEpisode TVSeries TVSeason RadioEpisode RadioSeries RadioSeason BroadcastEvent BroadcastService Movie Clip VideoObject AudioObject',
);
const NON_ARTICLE_OG = words('website video video.other video.movie video.episode profile product book place restaurant');
/** og:type values of pages that are not articles: website, video, profile, product, music…, recipes. */
export function isNonArticleOg(ogType: string | null): boolean {
  if (!ogType) return false;
  const t = ogType.toLowerCase();
  return NON_ARTICLE_OG.has(t) || t.indexOf('music') === 0 || t.indexOf('recipe') >= 0;
}

/** Summed score at or above which the page counts as a news article. */
export const NEWS_THRESHOLD = 3;

/**
 * Turns detection signals into a verdict with readable reasons (each with its weight). Metadata says
 * "this is an article" cheaply; the page body (prose mass, teaser listings, URL shape) confirms or vetoes.
 */
export function scoreNewsSignals(s: NewsSignals): NewsVerdict {
  const reasons: string[] = [];
  const score = newsScore(s, reasons);
  return { isNews: score >= NEWS_THRESHOLD, score, reasons };
}

/**
 * scoreNewsSignals' score alone; `reasons`, when given, receives each signal that fired with its weight.
 * Detection scores a page up to four times (isNewsPage) on code that runs for the first time in a fresh world,
 * where each built-in method's first call costs tens of microseconds: the scoring uses loops and no callbacks.
 */
export function newsScore(s: NewsSignals, reasons?: string[]): number {
  let score = 0;
  const add = (w: number, why: string) => {
    score += w;
    reasons?.push(`${why}(${w > 0 ? '+' : ''}${w})`);
  };

  const newsType = firstIn(s.jsonLdTypes, NEWS_TYPES);
  const articleType = firstIn(s.jsonLdTypes, ARTICLE_TYPES);
  const listingType = firstIn(s.jsonLdTypes, LISTING_TYPES);
  if (newsType) add(3, `jsonld:${newsType}`);
  else if (articleType) add(2, `jsonld:${articleType}`);
  const mediaType = firstIn(s.jsonLdTypes, MEDIA_TYPES);
  if (listingType && !newsType && !articleType) add(-2, `jsonld:${listingType}`);
  // VideoObject/AudioObject are embedded in many stories: they only count when nothing declares an article.
  else if (mediaType && !newsType && !articleType && s.ogType !== 'article') add(-1.5, `jsonld:${mediaType}`);

  const ogArticle = s.ogType === 'article';
  if (ogArticle) add(2, 'og:type=article');
  else if (isNonArticleOg(s.ogType)) add(-1, `og:type=${s.ogType}`);
  if (s.published) add(1, 'published-time');
  const declared = !!(newsType || articleType || ogArticle);
  // JSON-LD and Open Graph agreeing is hard to get by accident: listing templates rarely declare both.
  if ((newsType || articleType) && ogArticle) add(1, 'jsonld+og-agree');
  if (!declared && !s.published) add(-1, 'no-article-metadata');

  if (s.url === 'home') add(-4, 'url:home');
  else if (s.url === 'listing') add(-2, 'url:listing');
  else if (s.url === 'gallery') add(-3, 'url:gallery');
  // Programme pages often reuse the article template (og:type=article, a publish time, show notes as
  // paragraphs): the URL has to outweigh that template.
  else if (s.url === 'media') add(-5, 'url:programme');
  else if (s.url === 'article') add(1, 'url:story-path');

  // Teaser listings: many <article> cards or many linked headings. A page that declares itself an article
  // and has a story URL or a publish time keeps its verdict despite big "more stories" rails.
  const strongMeta = declared && (s.published || s.url === 'article');
  let listing = 0;
  const teasers: string[] = [];
  if (s.articles >= 6) {
    listing -= s.articles >= 20 ? 2 : 1;
    teasers.push(`${s.articles}-articles`);
  }
  if (s.linkedHeadings >= 12) {
    listing -= s.linkedHeadings >= 40 ? 3 : s.linkedHeadings >= 25 ? 2 : 1;
    teasers.push(`${s.linkedHeadings}-linked-headings`);
  }
  if (listing) add(strongMeta ? Math.max(listing, -1.5) : listing, `teasers:${teasers.join(',')}`);
  if (s.articles >= 1 && s.articles <= 2) add(0.5, 'single-article-element');
  if (s.h1 >= 1) add(0.5, 'h1');
  else add(-0.5, 'no-h1');

  const p = s.prose;
  const paragraphs = p.longParagraphs + p.shortParagraphs / 2;
  // A quiet page: one document and nothing around it that lists other pages (no teaser rails, no gallery,
  // no index URL, no listing or media type). When isProbablyReaderable also finds prose there, the page is a
  // story even without metadata, and its prose may sit in <div>s and <br>-separated lines, not <p>s.
  const quiet =
    s.readerable &&
    s.articles <= 2 &&
    s.linkedHeadings <= 3 &&
    s.h1 <= 2 &&
    s.images < 15 &&
    !listingType &&
    !mediaType &&
    !isNonArticleOg(s.ogType) &&
    (s.url === 'none' || s.url === 'article');
  if (quiet) add(1.5, 'quiet-readerable');
  if (paragraphs >= 4) add(1.5, `prose:${p.longParagraphs}+${p.shortParagraphs}-paragraphs`);
  if (p.longChars >= 2000) add(p.longChars >= 8000 ? 2 : 1, `prose:${p.longChars}-chars`);
  if (paragraphs < 2 && !s.readerable) add(strongMeta ? -1 : -2, 'prose:little');
  else if (p.longParagraphs === 0 && !quiet) add(-1.5, 'prose:no-long-paragraph');
  // Link-heavy prose is teaser blurbs when there is little of it; a story of many long paragraphs that cites
  // its sources inline (tech news links every product and earlier report) stays a story unless most of it is links.
  const linkShare = p.longChars > 0 ? p.linkChars / p.longChars : 0;
  if (linkShare > 0.35 && (p.longParagraphs < 8 || linkShare > 0.6)) add(-1.5, 'prose:link-dense');
  // Without article metadata, many images over little prose is a gallery (captions can be long paragraphs,
  // so a short total counts as much as few paragraphs).
  if (!declared && s.images >= 20 && p.longChars < 1500 && p.longParagraphs <= 5) add(-1.5, `gallery:${s.images}-images`);
  else if (!declared && s.images >= 15 && p.longParagraphs <= 2) add(-1, `gallery:${s.images}-images`);

  if (s.readerable) add(2, 'readerable');
  else add(-1.5, 'not-readerable');

  return score;
}
