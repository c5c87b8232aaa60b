import type { ProseStats } from './measure-prose.ts';
import type { LayoutSignals } from './collect-news-signals.ts';

/**
 * The layout counts that score highest: one `<article>` (+0.5), one `<h1>` (+0.5), no teaser rail or
 * gallery of images (no penalty, and a "quiet" page). Every term of scoreNewsSignals that reads these counts
 * is at its maximum here, whatever the other signals, so the score with them bounds the real score.
 */
export const BEST_LAYOUT: Readonly<LayoutSignals> = { articles: 1, linkedHeadings: 0, h1: 1, images: 0 };

/**
 * The prose that scores highest: enough long paragraphs (+1.5, no "little prose" or gallery penalty) and
 * characters (8000+: +2), no link text (no link-density penalty).
 */
export const BEST_PROSE: Readonly<ProseStats> = { longParagraphs: 8, longChars: 8000, linkChars: 0, shortParagraphs: 0, paragraphs: 8, wideParagraphs: 0 };

// Reasons that come from the layout counts, and from the prose and isProbablyReaderable: dropped from a
// verdict decided without reading them (they were assumed at their best, not observed).
const LAYOUT_REASONS = ['teasers:', 'single-article-element', 'h1(', 'no-h1'];
const PROSE_REASONS = ['quiet-readerable', 'prose:', 'gallery:', 'readerable(', 'not-readerable'];

/** The reasons that were observed, when the signals of `skipped` were only assumed at their best. */
export function observedReasons(reasons: string[], skipped: 'layout' | 'prose'): string[] {
  const drop = skipped === 'layout' ? [...LAYOUT_REASONS, ...PROSE_REASONS] : PROSE_REASONS;
  return reasons.filter((r) => !drop.some((d) => r.startsWith(d)));
}
