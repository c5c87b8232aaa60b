/**
 * What a dead instance of the content script left in the page. In Firefox an add-on update or reload nukes
 * the old content script's sandbox at once: none of its code runs again, so it can neither remove its card
 * nor show the blocks it hid. The new instance then finds those blocks already marked hidden, skips them,
 * and the user can never show them again. (In Chrome the orphan cleans up itself: see context-guard.ts.)
 */
const CARD = '[data-nutgraf-card]';
const HIDDEN = 'data-nutgraf-hidden';

/**
 * Removes leftover cards and shows leftover hidden blocks again, undoing exactly what the hide journal adds
 * (`display: none !important` and the attribute); the new instance's pass hides them again with its own
 * journal. Call once, before the first pass: within one content-script world a marker prevents a second
 * start, so anything found here belongs to another, dead instance.
 * @returns how many cards and hidden blocks were found.
 */
export function releaseLeftovers(doc: Document): { cards: number; hidden: number } {
  const cards = doc.querySelectorAll(CARD);
  for (const card of cards) card.remove();
  const hidden = doc.querySelectorAll(`[${HIDDEN}]`);
  for (const el of hidden) {
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && style.getPropertyValue('display') === 'none' && style.getPropertyPriority('display') === 'important') {
      style.removeProperty('display');
    }
    // The journal saw no style attribute at all on most blocks: leave none behind either.
    if (el.getAttribute('style')?.trim() === '') el.removeAttribute('style');
    el.removeAttribute(HIDDEN);
  }
  return { cards: cards.length, hidden: hidden.length };
}
