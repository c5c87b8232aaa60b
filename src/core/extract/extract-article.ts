import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { articleParagraphs } from './article-paragraphs.ts';
import { findLiveRoot } from './find-live-root.ts';

export interface ExtractedArticle {
  title: string;
  /** Paragraphs joined by a blank line. */
  text: string;
  /** Readability's HTML, sanitized with DOMPurify ('' when asked for text only). */
  html: string;
  byline?: string;
  dir?: string;
  /** Best-effort element of the live page that holds the article. */
  root?: Element | null;
}

// Below this, Readability's best effort is a page fragment, not an article.
const MIN_TEXT = 200;

export interface ExtractOptions {
  /** false: skip serializing and sanitizing the HTML (the fact card only needs the text). Default true. */
  html?: boolean;
}

/**
 * Extracts the readable article with Readability, run on a clone so the live page is never touched.
 * @returns null when Readability finds nothing readable
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;
  const paragraphs = articleParagraphs(content);
  if (paragraphs.join(' ').length < MIN_TEXT) return null;
  // DOMPurify needs a window; in a content script the page's defaultView is the only one there is.
  // Documents made by DOMParser have no view of their own: borrow the global one when there is one.
  const view = doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  // A fresh DOMPurify instance plus a serialize/parse round trip: tens of ms on a long page, only when used.
  const html = view && opts.html !== false ? DOMPurify(view).sanitize(content.innerHTML) : '';
  const result: ExtractedArticle = {
    title: (parsed.title ?? '').trim() || doc.title.trim(),
    text: paragraphs.join('\n\n'),
    html,
    root: findLiveRoot(doc, paragraphs),
  };
  if (parsed.byline) result.byline = parsed.byline.trim();
  if (parsed.dir) result.dir = parsed.dir;
  return result;
}
