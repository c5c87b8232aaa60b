/** Class names pages put on <html>/<body> to stop scrolling under a modal. */
const LOCK_CLASS = /^(?:modal-open|no-?scroll|noscroll|overflow-hidden|is-locked|scroll-?lock(?:ed)?|has-modal|has-overlay|tp-modal-open|disable-scroll|stop-scrolling|lock-scroll|body-lock|fixed-body)$/i;

function overflowHidden(el: HTMLElement, view: Window | null): boolean {
  const cs = view?.getComputedStyle(el);
  return [cs?.overflow, cs?.overflowY, el.style.overflow, el.style.overflowY].includes('hidden');
}

function positionFixed(el: HTMLElement, view: Window | null): boolean {
  return view?.getComputedStyle(el).position === 'fixed' || el.style.position === 'fixed';
}

interface Saved {
  el: HTMLElement;
  style: string | null;
  cls: string | null;
}

/**
 * Undoes a scroll lock left by an overlay we hid (overflow:hidden or position:fixed on html/body, or a lock
 * class), and journals the exact `style`/`class` attributes so `restore()` puts the lock back.
 * Reads computed styles: only the lazily loaded pipeline uses this.
 */
export class ScrollUnlock {
  private saved: Saved[] = [];

  /** Whether html or body is locked now. */
  static isLocked(doc: Document): boolean {
    const view = doc.defaultView;
    for (const el of [doc.documentElement, doc.body]) {
      if (!el) continue;
      if ([...el.classList].some((c) => LOCK_CLASS.test(c))) return true;
      if (overflowHidden(el, view) || positionFixed(el, view)) return true;
    }
    return false;
  }

  /** Unlocks scrolling once (further calls are no-ops until restore). @returns whether it changed anything. */
  unlock(doc: Document): boolean {
    if (this.saved.length || !ScrollUnlock.isLocked(doc)) return false;
    const view = doc.defaultView;
    for (const el of [doc.documentElement, doc.body]) {
      if (!el) continue;
      this.saved.push({ el, style: el.getAttribute('style'), cls: el.getAttribute('class') });
      for (const c of [...el.classList]) if (LOCK_CLASS.test(c)) el.classList.remove(c);
      if (overflowHidden(el, view)) el.style.setProperty('overflow', 'visible', 'important');
      if (positionFixed(el, view)) el.style.setProperty('position', 'static', 'important');
    }
    return true;
  }

  /** Puts the page's own lock back exactly as it was. */
  restore(): void {
    for (const s of this.saved) {
      if (s.style === null) s.el.removeAttribute('style');
      else s.el.setAttribute('style', s.style);
      if (s.cls === null) s.el.removeAttribute('class');
      else s.el.setAttribute('class', s.cls);
    }
    this.saved = [];
  }
}
