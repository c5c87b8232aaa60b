import type { PageMeta } from '../types.ts';
import { findArticleNode, firstString, namesOf, readJsonLd, type JsonLdNode } from './json-ld.ts';
import { toLang } from './to-lang.ts';
import { findPublishedDate } from './find-published-date.ts';
import { toIsoDate } from './to-iso-date.ts';

// Publication-date metas seen on news sites, most specific first. `itemprop` covers microdata pages.
const DATE_SELECTORS = [
  'meta[property="article:published_time" i]',
  'meta[property="og:published_time" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="article:published_time" i]',
  'meta[name="date" i]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish-date" i]',
  'meta[name="parsely-pub-date" i]',
  'meta[name="sailthru.date" i]',
  'meta[name="dc.date.issued" i]',
  'meta[name="dcterms.created" i]',
  'meta[name="dc.date" i]',
];

function meta(doc: Document, selector: string): string | undefined {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

/**
 * Only keep dates the card can put in `data-date`: ISO 8601 with the day and offset as the page wrote them
 * (toIsoDate), so no later `Date` round trip can move the date to another day.
 */
function isoDate(value: string | undefined): string | undefined {
  return toIsoDate(value);
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const isFalse = (v: unknown): boolean => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');

/** Hard paywall: the article (or one of its `hasPart` sections, Google's paywall markup) is not free. */
function isPaywalled(node: JsonLdNode | undefined): boolean {
  if (!node) return false;
  if (isFalse(node.isAccessibleForFree)) return true;
  const parts = Array.isArray(node.hasPart) ? node.hasPart : [node.hasPart];
  return parts.some((p) => p !== null && typeof p === 'object' && isFalse((p as JsonLdNode).isAccessibleForFree));
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

/**
 * Reads the page's metadata without Readability: JSON-LD first, then Open Graph / article / date metas,
 * then the document itself. Never throws on broken markup.
 * @param url the page URL (used for `url` and as the last resort for `site`)
 */
export function readPageMeta(doc: Document, url: string): PageMeta {
  let article: JsonLdNode | undefined;
  try {
    article = findArticleNode(readJsonLd(doc));
  } catch {
    article = undefined;
  }
  const title =
    firstString(article?.headline) ??
    meta(doc, 'meta[property="og:title" i]') ??
    meta(doc, 'meta[name="twitter:title" i]') ??
    (doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || '');

  let published = isoDate(firstString(article?.datePublished));
  for (const sel of DATE_SELECTORS) published ??= isoDate(meta(doc, sel));
  published ??= isoDate(doc.querySelector('time[itemprop="datePublished" i]')?.getAttribute('datetime') ?? undefined);
  // No declared date, or a UTC instant a day off the byline: the date the page shows (FACTS' fallback).
  published = findPublishedDate(doc, url, published);

  const author = unique(namesOf(article?.author)).join(', ') || meta(doc, 'meta[name="author" i]') || meta(doc, 'meta[property="article:author" i]');
  const site =
    meta(doc, 'meta[property="og:site_name" i]') ?? namesOf(article?.publisher)[0] ?? meta(doc, 'meta[name="application-name" i]') ?? hostname(url);

  const lang =
    toLang(doc.documentElement.getAttribute('lang')) ??
    toLang(firstString(article?.inLanguage)) ??
    toLang(meta(doc, 'meta[property="og:locale" i]')) ??
    toLang(meta(doc, 'meta[http-equiv="content-language" i]')) ??
    'en';

  const result: PageMeta = {
    title: title.replace(/\s+/g, ' '),
    site,
    url,
    lang,
    about: unique([...namesOf(article?.about), ...namesOf(article?.mentions)]),
    paywalled: isPaywalled(article),
  };
  if (published) result.published = published;
  if (author && !/^https?:\/\//.test(author)) result.author = author;
  return result;
}
