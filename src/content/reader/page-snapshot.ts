/**
 * What the reader overlay changes on the page, saved so that closing it restores the page exactly:
 * scroll position, the style attributes of <html> and <body> (we lock scrolling), the focused element,
 * and the document's adopted stylesheets (we add a print-only sheet).
 */
export interface PageSnapshot {
  restore(): void;
}

export function snapshotPage(doc: Document): PageSnapshot {
  const view = doc.defaultView;
  const scroll = { x: view?.scrollX ?? 0, y: view?.scrollY ?? 0 };
  const html = doc.documentElement;
  const body = doc.body as HTMLElement | null;
  const styles = [html, body].map((el) => (el ? { el, value: el.getAttribute('style') } : null));
  const focused = doc.activeElement as HTMLElement | null;
  const sheets = 'adoptedStyleSheets' in doc ? [...doc.adoptedStyleSheets] : null;
  return {
    restore() {
      for (const s of styles) {
        if (!s) continue;
        if (s.value === null) s.el.removeAttribute('style');
        else s.el.setAttribute('style', s.value);
      }
      if (sheets) doc.adoptedStyleSheets = sheets;
      if (focused && focused !== doc.body && focused.isConnected) focused.focus({ preventScroll: true });
      else (doc.activeElement as HTMLElement | null)?.blur?.();
      view?.scrollTo(scroll.x, scroll.y);
    },
  };
}

/** Stop the page behind the overlay from scrolling (restored by the snapshot). */
export function lockScroll(doc: Document): void {
  doc.documentElement.style.setProperty('overflow', 'hidden', 'important');
  (doc.body as HTMLElement | null)?.style.setProperty('overflow', 'hidden', 'important');
}
