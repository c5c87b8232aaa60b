import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ProseStats } from './measure-prose.ts';

/**
 * isProbablyReaderable with its length thresholds scaled to the page's script: it counts raw characters
 * (140 per node), and Chinese, Japanese or Korean prose says in 50 characters what Latin says in 140, so
 * pages whose measured prose is mostly in those scripts get the same test on a Latin-equivalent scale.
 */
export function checkReaderable(doc: Document, prose: ProseStats): boolean {
  const counted = prose.longParagraphs + prose.shortParagraphs;
  if (counted > 0 && prose.wideParagraphs * 2 > counted) return isProbablyReaderable(doc, { minContentLength: 50 });
  return isProbablyReaderable(doc);
}
