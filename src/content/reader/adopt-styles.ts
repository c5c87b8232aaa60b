/**
 * Give a shadow root its styles. Constructable stylesheets are not subject to the page's style-src CSP;
 * a <style> element is the fallback where they are refused.
 */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  const view = shadow.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  try {
    if (view) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // fall through to <style>
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** Add a sheet to the document itself (print rules); returns false when the browser cannot. */
export function adoptDocumentSheet(doc: Document, css: string): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (!view || !('adoptedStyleSheets' in doc)) return false;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
