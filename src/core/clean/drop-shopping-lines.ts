import type { UpsellBlock } from './find-upsell-blocks.ts';

/** A price in the offer's own text: "$238.99", "€ 5", "19,99 €", "12 EUR". */
const PRICE = /[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£¥]|eur\b|usd\b|gbp\b)/i;
/** Fewer repeated offers than this can be the publisher's own pitch shown twice (top and bottom). */
const MIN_LINES = 3;
/** Text between two offers that makes them lines of a story rather than one pitch or one plan table. */
const MIN_TEXT_BETWEEN = 150;

function textBetween(a: Element, b: Element): number {
  const range = a.ownerDocument.createRange();
  range.setStartAfter(a);
  range.setEndBefore(b);
  return range.toString().replace(/\s+/g, ' ').trim().length;
}

/**
 * Drops price offers that are the lines of a shopping round-up: when at least three "subscribe" offers, each
 * naming a price, with at least two different prices, each stand apart from the next by article text. A
 * publisher's own pitch is one box (or the same box twice), and a plan table sits in one place; a deals story
 * ("Get it at <shop> for $199") repeats priced links through its text, and those lines are the story.
 * `blocks` is in document order.
 */
export function dropShoppingLines(blocks: UpsellBlock[]): UpsellBlock[] {
  const offers = blocks.filter((b) => b.finding.kind === 'subscribe' && PRICE.test(b.finding.preview));
  if (offers.length < MIN_LINES) return blocks;
  const prices = new Set(offers.map((b) => PRICE.exec(b.finding.preview)![0].replace(/\s/g, '')));
  if (prices.size < 2) return blocks;
  for (let i = 1; i < offers.length; i++) {
    if (textBetween(offers[i - 1]!.element, offers[i]!.element) < MIN_TEXT_BETWEEN) return blocks;
  }
  return blocks.filter((b) => !offers.includes(b));
}
