/** Ancestors examined for fixed/sticky positioning. */
const MAX_DEPTH = 4;
const OVERLAY_CLASS = /(?:^|[\s_-])(?:modal|overlay|popup|popin|pop-up|lightbox|toaster|toast|flyout|slide-?in|snackbar|sticky|interstitial|drawer)(?:$|[\s_-])/i;

/**
 * Whether a box is an overlay: a dialog (role/aria-modal), an overlay-ish class, or fixed/sticky positioning
 * on it or a near ancestor. The computed-style read is a layout read: only the lazily loaded pipeline calls
 * this, on a bounded number of candidate boxes.
 * @returns a short reason, or null.
 */
export function isOverlay(box: Element): string | null {
  if (box.matches('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]')) return 'dialog';
  const view = box.ownerDocument.defaultView;
  let el: Element | null = box;
  for (let d = 0; el && d < MAX_DEPTH && el !== box.ownerDocument.body; d++, el = el.parentElement) {
    if (view) {
      const pos = view.getComputedStyle(el).position;
      if (pos === 'fixed' || pos === 'sticky') return pos;
    }
    if (OVERLAY_CLASS.test(el.getAttribute('class') ?? '')) return 'overlay-class';
  }
  return null;
}
