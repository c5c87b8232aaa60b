/**
 * Upsell hiding on the live page: finds blocks with core's findUpsellBlocks, hides them in place with an
 * exact-undo journal, restores scrolling when a hidden overlay had locked it, and watches for blocks
 * inserted later with a bounded MutationObserver. Runs inside the lazily loaded pipeline (news pages only).
 */
import { findUpsellBlocks, type UpsellBlock } from '../../core/clean/find-upsell-blocks.ts';
import type { HiddenBlockInfo } from '../../messaging/protocol.ts';
import { HIDDEN_ATTR, HideJournal } from './hide-journal.ts';
import { ScrollUnlock } from './scroll-lock.ts';

export interface UpsellController {
  /** Everything hidden so far, including blocks the user showed again (`restored: true`). */
  hidden(): HiddenBlockInfo[];
  /** Shows one block again (by id), or all; also puts back a scroll lock we undid when all are shown. */
  restore(id?: string): HiddenBlockInfo[];
  /** Stops watching the page (does not show anything again). */
  stop(): void;
}

export interface UpsellHidingOptions {
  paywalled: boolean;
  articleRoot?: Element | null;
  signal: AbortSignal;
  onChange: (hidden: HiddenBlockInfo[]) => void;
  /**
   * The first pass's blocks, found already (the pipeline finds them in steps, with the page's own tasks in
   * between, see upsellSteps); found now when absent.
   */
  found?: UpsellBlock[];
}

/** Quiet time before re-scanning after mutations. */
const DEBOUNCE_MS = 400;
/** Re-scans per page: a page that re-inserts its promo forever must not keep us busy forever. */
const MAX_RESCANS = 15;
/** Blocks hidden per page, all passes together. */
const MAX_HIDDEN = 60;

export function startUpsellHiding(doc: Document, opts: UpsellHidingOptions): UpsellController {
  const journal = new HideJournal();
  const scroll = new ScrollUnlock();
  let rescans = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  let stopped = false;

  const pass = (blocks: UpsellBlock[]): boolean => {
    const restored = journal.restoredPreviews();
    let changed = false;
    let overlay = false;
    const root = opts.articleRoot;
    for (const block of blocks) {
      if (journal.list().length >= MAX_HIDDEN) break;
      const el = block.element;
      // Blocks found in steps: the page ran in between and may have removed or moved them.
      if (!el.isConnected || (root && el.contains(root))) continue;
      if (el.closest(`[${HIDDEN_ATTR}]`) || journal.has(el) || restored.has(block.finding.preview)) continue;
      if (el.closest('[data-nutgraf-card]')) continue;
      journal.hide(el, block.finding);
      changed = true;
      if (block.finding.reasons.some((r) => r.startsWith('overlay:'))) overlay = true;
    }
    // Never restore scrolling on a hard-paywalled page: that lock belongs to the wall, which stays.
    if (overlay && !opts.paywalled && !consentVisible(doc)) scroll.unlock(doc);
    return changed;
  };

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) clearTimeout(timer);
  };

  const find = (): UpsellBlock[] => findUpsellBlocks(doc, { paywalled: opts.paywalled, articleRoot: opts.articleRoot });
  try {
    pass(opts.found ?? find());
  } catch {
    // A page we cannot read must never break the pipeline: hide nothing.
  }

  const view = doc.defaultView;
  if (view && doc.body && !opts.signal.aborted) {
    observer = new view.MutationObserver((records) => {
      if (stopped) return;
      // Only element insertions matter; our own attribute changes are not observed.
      if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1))) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (stopped) return;
        rescans++;
        try {
          if (pass(find())) opts.onChange(journal.list());
        } catch {
          /* keep the page as it is */
        }
        if (rescans >= MAX_RESCANS || journal.list().length >= MAX_HIDDEN) stop();
      }, DEBOUNCE_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
  }
  opts.signal.addEventListener('abort', stop, { once: true });

  return {
    hidden: () => journal.list(),
    restore(id) {
      const list = journal.restore(id);
      if (list.every((h) => h.restored)) scroll.restore();
      return list;
    },
    stop,
  };
}

function consentVisible(doc: Document): boolean {
  const cmp = doc.querySelector('#didomi-popup, #onetrust-banner-sdk, [id^="sp_message_container_"], #usercentrics-root, .qc-cmp2-container, #CybotCookiebotDialog');
  return !!cmp && !cmp.closest('[hidden]') && (cmp as HTMLElement).style?.display !== 'none';
}
