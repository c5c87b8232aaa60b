/**
 * The single source of message types. Every message the extension sends is a key here, with its
 * payload and its reply; `sendMessage`/`sendToTab`/`onMessage` are typed over this map.
 */
import type { ArticleFacts, NewsVerdict, UpsellFinding } from '../core/types.ts';
import type { ImportReport, RecentSummaries, SavedSummary, Settings, SummaryInput } from '../storage/types.ts';

/** A block the content script hid on the page, as listed in the card and popup. */
export interface HiddenBlockInfo extends UpsellFinding {
  id: string;
  /** True once the user showed it again. */
  restored: boolean;
}

/** What the content script knows about its page after a pass. */
export interface CardState {
  facts: ArticleFacts;
  verdict: NewsVerdict;
  hidden: HiddenBlockInfo[];
  /** Hard paywall detected: subscription prompts were left alone on purpose. */
  paywalled: boolean;
}

export type TabCardResult =
  | { ok: true; card: CardState }
  | { ok: false; reason: 'restricted' | 'no-article' | 'error'; message: string };

/** Messages handled by the background (sent with `sendMessage`). */
export interface BackgroundProtocol {
  /** Content → background: inject the lazily loaded pipeline into the sender's frame. */
  loadPipeline(data: void): void;
  /** Content → background: inject the reader overlay (reader.js) into the sender's frame. */
  loadReader(data: void): void;
  /** Popup/context menu → background: open the reader view for a tab. */
  openReader(data: { tabId: number }): void;
  saveSummary(data: SummaryInput): SavedSummary;
  listSummaries(data: void): SavedSummary[];
  /** Compact catalogue rows, newest first (all of them without a limit), and the total: no full summary is read. */
  listRecentSummaries(data: { limit?: number }): RecentSummaries;
  /** One full summary by id (null when gone), for a row the library page opens. */
  getSummary(data: { id: string }): SavedSummary | null;
  deleteSummaries(data: { ids: string[] }): SavedSummary[];
  /** Undo of a delete: puts the given summaries back as they were. */
  restoreSummaries(data: { items: SavedSummary[] }): void;
  exportLibrary(data: { format: 'json' | 'markdown' }): string;
  importLibrary(data: { text: string }): ImportReport;
  getSettings(data: void): Settings;
  updateSettings(data: Partial<Settings>): Settings;
}

/** Messages handled by a tab's content script (sent with `sendToTab`). */
export interface ContentProtocol {
  /** The card of this page; with `force`, run the pipeline even if the page did not look like news. */
  getCard(data: { force: boolean }): CardState | null;
  /** Show hidden blocks again: one by id, or all. */
  restoreHidden(data: { id?: string }): HiddenBlockInfo[];
  toggleReader(data: void): void;
}

export type ProtocolMap = BackgroundProtocol & ContentProtocol;
