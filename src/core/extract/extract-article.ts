import DOMPurify from 'dompurify';
import { readArticle, type ReadArticle } from './read-article.ts';

export interface ExtractedArticle extends Omit<ReadArticle, 'content'> {
  /** Readability's HTML, sanitized with DOMPurify ('' when asked for text only). */
  html: string;
}

export interface ExtractOptions {
  /** false: skip serializing and sanitizing the HTML (the fact card only needs the text). Default true. */
  html?: boolean;
}

/**
 * readArticle plus the article's HTML, sanitized with DOMPurify: what the reader renders. The fact card's
 * pipeline calls readArticle, so DOMPurify loads only with the reader.
 * @returns null when Readability finds nothing readable
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle | null {
  const read = readArticle(doc);
  if (!read) return null;
  const { content, ...rest } = read;
  // DOMPurify needs a window; in a content script the page's defaultView is the only one there is.
  // Documents made by DOMParser have no view of their own: borrow the global one when there is one.
  const view = doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  // A fresh DOMPurify instance plus a serialize/parse round trip: tens of ms on a long page, only when used.
  const html = view && opts.html !== false ? DOMPurify(view).sanitize(content.innerHTML) : '';
  return { ...rest, html };
}
