import { findTextRange } from './find-text-range.ts';

const HIGHLIGHT_NAME = 'nutgraf-source';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #111; }`;
const DURATION_MS = 6000;

let clearCurrent: (() => void) | null = null;
const styled = new WeakSet<Document>();

/**
 * Scrolls to the first of `candidates` (the source sentence, then shorter fallbacks) found in the live page
 * and highlights it for a few seconds: with the CSS Custom Highlight API when the browser has it, otherwise
 * with a temporary outline on the containing element. Page text is never changed.
 * @returns false when none of the candidates is in the page, so the card can say so.
 */
export function highlightSource(doc: Document, candidates: string[]): boolean {
  clearHighlight();
  const root = doc.body ?? doc.documentElement;
  let range: Range | null = null;
  for (const candidate of candidates) {
    range = candidate.trim() ? findTextRange(root, candidate) : null;
    if (range) break;
  }
  if (!range) return false;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion(doc) ? 'auto' : 'smooth' });
  const clear = highlightRange(doc, range) ?? (element ? outline(element) : null);
  if (clear) {
    const timer = setTimeout(clearHighlight, DURATION_MS);
    clearCurrent = () => {
      clearTimeout(timer);
      clear();
    };
  }
  return true;
}

/** Removes the current highlight, if any (also called when the card goes away). */
export function clearHighlight(): void {
  const clear = clearCurrent;
  clearCurrent = null;
  clear?.();
}

function highlightRange(doc: Document, range: Range): (() => void) | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS?.highlights;
  if (!registry || typeof win.Highlight !== 'function' || !ensureHighlightStyle(doc)) return null;
  try {
    registry.set(HIGHLIGHT_NAME, new win.Highlight(range));
    return () => registry.delete(HIGHLIGHT_NAME);
  } catch {
    // Firefox content scripts may refuse objects from the sandbox: fall back to the outline.
    return null;
  }
}

// The ::highlight rule must live in the page's styles. An adopted sheet passes strict style-src CSPs; a <style>
// element is the fallback. If neither is possible, the caller uses the outline instead.
function ensureHighlightStyle(doc: Document): boolean {
  if (styled.has(doc)) return true;
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    styled.add(doc);
    return true;
  } catch {
    try {
      const style = doc.createElement('style');
      style.setAttribute('data-nutgraf-style', '');
      style.textContent = HIGHLIGHT_CSS;
      (doc.head ?? doc.documentElement).append(style);
      if (!style.sheet) return false; // blocked by the page's CSP
      styled.add(doc);
      return true;
    } catch {
      return false;
    }
  }
}

// Only the two properties we set are journaled and put back, through the CSSOM: a strict CSP may block
// writing the style attribute as a string, never CSSOM edits. A style attribute we created is removed again.
const OUTLINE = { outline: '3px solid #f5b400', 'outline-offset': '2px' };

function outline(element: HTMLElement): () => void {
  const hadStyle = element.hasAttribute('style');
  const saved = Object.keys(OUTLINE).map((name) =>
    [name, element.style.getPropertyValue(name), element.style.getPropertyPriority(name)] as const);
  for (const [name, value] of Object.entries(OUTLINE)) element.style.setProperty(name, value, 'important');
  return () => {
    for (const [name, value, priority] of saved) {
      if (value) element.style.setProperty(name, value, priority);
      else element.style.removeProperty(name);
    }
    if (!hadStyle && element.getAttribute('style') === '') element.removeAttribute('style');
  };
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
