/**
 * What a dead instance of the content script left in the page. In Firefox an add-on update or reload nukes
 * the old content script's sandbox at once: none of its code runs again, so it can neither remove its card
 * nor show the blocks it hid. The new instance then finds those blocks already marked hidden, skips them,
 * and the user can never show them again. (In Chrome the orphan cleans up itself: see context-guard.ts.)
 */
const CARD = '[data-nutgraf-card]';
const READER = '[data-nutgraf-reader]';
const HIDDEN = 'data-nutgraf-hidden';

/** Removes `prop: value !important` (what we set) from an inline style; the page's own values are kept. */
function unset(el: Element | null, prop: string, value: string): void {
  const style = (el as HTMLElement | null)?.style as CSSStyleDeclaration | undefined;
  if (!el || !style) return;
  if (style.getPropertyValue(prop) === value && style.getPropertyPriority(prop) === 'important') style.removeProperty(prop);
  // Most elements had no style attribute before we touched them: leave none behind either.
  if (el.getAttribute('style')?.trim() === '') el.removeAttribute('style');
}

/** The reader's print sheet (adopted on the document): `@media print { html > body { display: none !important } … }`. */
function isReaderPrintSheet(sheet: CSSStyleSheet): boolean {
  try {
    const [rule] = sheet.cssRules;
    return sheet.cssRules.length === 1 && rule !== undefined && /^@media print\b[^{]*\{\s*html > body \{ display: none !important; \}/.test(rule.cssText);
  } catch {
    return false;
  }
}

/**
 * Removes leftover cards and reader overlays (with the reader's scroll lock on <html> and <body>) and shows
 * leftover hidden blocks again, undoing exactly what the hide journal adds (`display: none !important` and
 * the attribute); the new instance's pass hides them again with its own journal. Call once, before the first
 * pass: within one content-script world a marker prevents a second start, so anything found here belongs to
 * another, dead instance.
 * @returns how many cards, reader overlays and hidden blocks were found.
 */
export function releaseLeftovers(doc: Document): { cards: number; readers: number; hidden: number } {
  const found = { cards: 0, readers: 0, hidden: 0 };
  // One walk of the document (this runs on every page, before the automatic pass): nothing found, no work.
  for (const el of doc.querySelectorAll(`${CARD}, ${READER}, [${HIDDEN}]`)) {
    if (el.matches(CARD)) {
      el.remove();
      found.cards++;
    } else if (el.matches(READER)) {
      el.remove();
      found.readers++;
    } else {
      unset(el, 'display', 'none');
      el.removeAttribute(HIDDEN);
      found.hidden++;
    }
  }
  if (found.readers) {
    for (const el of [doc.documentElement, doc.body]) unset(el, 'overflow', 'hidden');
    // Else printing the page would print nothing (the print sheet hides <body> for the reader).
    if ('adoptedStyleSheets' in doc && doc.adoptedStyleSheets.some(isReaderPrintSheet)) {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => !isReaderPrintSheet(sheet));
    }
  }
  return found;
}
