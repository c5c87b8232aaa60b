import { Readability } from '@mozilla/readability';
import { articleParagraphs } from './article-paragraphs.ts';
import { findLiveRoot } from './find-live-root.ts';

export interface ReadArticle {
  title: string;
  /** Paragraphs joined by a blank line. */
  text: string;
  /** Readability's article, in a detached clone of the page: never rendered as it is (extractArticle sanitizes it). */
  content: Element;
  byline?: string;
  dir?: string;
  /** Best-effort element of the live page that holds the article. */
  root?: Element | null;
}

// Below this, Readability's best effort is a page fragment, not an article.
const MIN_TEXT = 200;

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability on a clone (the live page is never touched). */
function readability(doc: Document, charThreshold?: number): Parsed {
  const clone = doc.cloneNode(true) as Document;
  return new Readability<Element>(clone, { serializer: (el) => el as Element, ...(charThreshold ? { charThreshold } : {}) }).parse();
}

// Readability drops whole subtrees whose class looks like page furniture ("above-footer", "header-wrap"). When
// that takes the article, what is left can be a box (an advertiser disclosure, a cookie notice) long enough
// for its 500-character threshold. Such a result is short and barely shares a word with the headline.
const SHORT = 1000;
const RETRY_THRESHOLD = 2500;

/** Share of the headline's words (4+ letters) that occur in `text`; 1 when the headline has none. */
export function titleShare(text: string, title: string): number {
  const words = [...new Set(title.toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
  if (words.length === 0) return 1;
  const body = text.toLowerCase();
  return words.filter((w) => body.includes(w)).length / words.length;
}

/** A short extraction that shares under a third of the headline's words: probably a box, not the article. */
export function looksLikeABox(paragraphs: string[], title: string): boolean {
  const text = paragraphs.join(' ');
  return text.length < SHORT && titleShare(text, title) < 1 / 3;
}

/**
 * Reads the article with Readability, run on a clone so the live page is never touched: its text, title and
 * byline, and where it sits in the live page. No HTML: what the fact card needs, without DOMPurify in its bundle.
 * @returns null when Readability finds nothing readable
 */
export function readArticle(doc: Document): ReadArticle | null {
  let parsed = readability(doc);
  let paragraphs = parsed?.content ? articleParagraphs(parsed.content) : [];
  if (parsed && looksLikeABox(paragraphs, parsed.title ?? doc.title)) {
    // Second pass: Readability keeps its longest attempt, the later ones without dropping page-furniture classes.
    const again = readability(doc, RETRY_THRESHOLD);
    const more = again?.content ? articleParagraphs(again.content) : [];
    if (again && titleShare(more.join(' '), again.title ?? doc.title) > titleShare(paragraphs.join(' '), parsed.title ?? doc.title)) {
      parsed = again;
      paragraphs = more;
    }
  }
  const content = parsed?.content;
  if (!parsed || !content) return null;
  if (paragraphs.join(' ').length < MIN_TEXT) return null;
  const result: ReadArticle = {
    title: (parsed.title ?? '').trim() || doc.title.trim(),
    text: paragraphs.join('\n\n'),
    content,
    root: findLiveRoot(doc, paragraphs),
  };
  if (parsed.byline) result.byline = parsed.byline.trim();
  if (parsed.dir) result.dir = parsed.dir;
  return result;
}
