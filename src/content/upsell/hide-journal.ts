import type { HiddenBlockInfo } from '../../messaging/protocol.ts';
import type { UpsellFinding } from '../../core/types.ts';

export const HIDDEN_ATTR = 'data-nutgraf-hidden';

interface Entry {
  info: HiddenBlockInfo;
  element: Element;
  /** The element's `style` attribute before we touched it; null when it had none. */
  originalStyle: string | null;
}

/**
 * Hides elements in place (inline `display:none !important` plus `data-nutgraf-hidden="<kind>"`) and
 * remembers each one's original `style` attribute, so a restore puts it back byte for byte. Nothing is
 * detached: pages managed by React/Vue keep their nodes.
 */
export class HideJournal {
  private entries: Entry[] = [];
  private next = 1;

  /** Hides `element` and journals it. @returns the new entry's info. */
  hide(element: Element, finding: UpsellFinding): HiddenBlockInfo {
    const originalStyle = element.getAttribute('style');
    (element as HTMLElement).style.setProperty('display', 'none', 'important');
    element.setAttribute(HIDDEN_ATTR, finding.kind);
    const info: HiddenBlockInfo = { ...finding, reasons: [...finding.reasons], id: `nh-${this.next++}`, restored: false };
    this.entries.push({ info, element, originalStyle });
    return info;
  }

  /** Shows one entry again (by id) or all of them. @returns the journal after the change. */
  restore(id?: string): HiddenBlockInfo[] {
    for (const e of this.entries) {
      if (e.info.restored || (id !== undefined && e.info.id !== id)) continue;
      if (e.originalStyle === null) e.element.removeAttribute('style');
      else e.element.setAttribute('style', e.originalStyle);
      e.element.removeAttribute(HIDDEN_ATTR);
      e.info = { ...e.info, restored: true };
    }
    return this.list();
  }

  /** Whether `el` is journalled (hidden now, or shown again by the user: then it must stay shown). */
  has(el: Element): boolean {
    return this.entries.some((e) => e.element === el || e.element.contains(el));
  }

  /** Previews of blocks the user chose to see again: a page that re-renders them must not get them re-hidden. */
  restoredPreviews(): Set<string> {
    return new Set(this.entries.filter((e) => e.info.restored).map((e) => e.info.preview));
  }

  list(): HiddenBlockInfo[] {
    return this.entries.map((e) => ({ ...e.info }));
  }
}
