import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { NewsVerdict } from '../types.ts';
import { classifyUrl } from './classify-url.ts';
import { measureProse } from './measure-prose.ts';
import { readJsonLdTypes } from './read-json-ld-types.ts';

const NEWS_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|LiveBlogPosting)$/;
const ARTICLE_TYPES = /^(Article|BlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|Blog)$/;
const LISTING_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|ProfilePage|ImageGallery|MediaGallery|VideoGallery|Recipe|Product|VideoObject|Event|JobPosting|FAQPage|QAPage|DiscussionForumPosting)$/;
const NON_ARTICLE_OG = /^(website|video|video\.other|video\.movie|video\.episode|profile|product|book|music|place|restaurant|.*recipe.*)$/i;

/** Threshold on the summed score: above it, the page is a news/article page. */
const THRESHOLD = 3;

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim().toLowerCase() ?? null;
}

/**
 * Decides, cheaply, whether a page is a single news article (or similar story page) worth the fact card.
 * Reads metadata first (JSON-LD types, Open Graph, publish time), the URL shape, listing/teaser patterns,
 * then the prose mass of `<p>` elements. No layout reads: it runs on every page.
 * @param url the page URL, for home/listing/story-path hints; optional.
 * @returns `{ isNews, score, reasons }`, where reasons name each signal that fired with its weight.
 */
export function isNewsPage(doc: Document, url?: string): NewsVerdict {
  const reasons: string[] = [];
  let score = 0;
  const add = (w: number, why: string) => {
    score += w;
    reasons.push(`${why}(${w > 0 ? '+' : ''}${w})`);
  };

  const types = readJsonLdTypes(doc);
  const newsType = [...types].find((t) => NEWS_TYPES.test(t));
  const articleType = [...types].find((t) => ARTICLE_TYPES.test(t));
  const listingType = [...types].find((t) => LISTING_TYPES.test(t));
  if (newsType) add(3, `jsonld:${newsType}`);
  else if (articleType) add(2, `jsonld:${articleType}`);
  if (listingType && !newsType && !articleType) add(-2, `jsonld:${listingType}`);

  const og = meta(doc, 'og:type');
  if (og === 'article') add(2, 'og:type=article');
  else if (og && NON_ARTICLE_OG.test(og)) add(-1, `og:type=${og}`);
  if (meta(doc, 'article:published_time') || doc.querySelector('[itemprop="datePublished"]')) {
    add(1, 'published-time');
  }

  const hint = classifyUrl(url);
  if (hint === 'home') add(-4, 'url:home');
  else if (hint === 'listing') add(-2, 'url:listing');
  else if (hint === 'gallery') add(-2, 'url:gallery');
  else if (hint === 'article') add(1, 'url:story-path');

  // Teaser listings: many <article> cards or many linked headings.
  const articles = doc.getElementsByTagName('article').length;
  const linkedHeadings = doc.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3').length;
  if (articles >= 6) add(-2, `teasers:${articles}-articles`);
  if (linkedHeadings >= 12) add(-1.5, `teasers:${linkedHeadings}-linked-headings`);
  if (articles >= 1 && articles <= 2) add(0.5, 'single-article-element');
  if (doc.getElementsByTagName('h1').length >= 1) add(0.5, 'h1');

  const prose = measureProse(doc);
  if (prose.longParagraphs >= 4) add(1.5, `prose:${prose.longParagraphs}-paragraphs`);
  if (prose.longChars >= 2000) add(1, `prose:${prose.longChars}-chars`);
  if (prose.longParagraphs <= 1) add(-2, 'prose:little');
  if (prose.longChars > 0 && prose.linkChars / prose.longChars > 0.35) add(-1.5, 'prose:link-dense');

  if (isProbablyReaderable(doc)) add(1.5, 'readerable');
  else add(-1.5, 'not-readerable');

  return { isNews: score >= THRESHOLD, score, reasons };
}
