/**
 * The popup's one door to the extension (darkreader's habit): components talk to this interface, tests
 * to `createMockClient`. Only this file touches browser.* for the popup.
 */
import { sendMessage, sendToTab } from '../messaging/index.ts';
import { SAVED_LIST_LIMIT } from './components/SavedList.tsx';
import type { HiddenBlockInfo, TabCardResult } from '../messaging/protocol.ts';
import browser from '../platform/browser.ts';
import type { RecentSummaries, SavedSummary, SummaryInput } from '../storage/types.ts';
import { readRecent } from '../storage/recent.ts';
import { tabCard } from '../tabs/tab-card.ts';
import type { SummarizerApi } from '../platform/chrome-summarizer.ts';

export interface PopupClient {
  /** The tab the popup is about: `?tab=<id>`, else the active tab (skipping our own page when opened as a tab). */
  currentTabId(): Promise<number | null>;
  getTabCard(tabId: number): Promise<TabCardResult>;
  saveSummary(input: SummaryInput): Promise<SavedSummary>;
  /**
   * The newest saved summaries (compact catalogue rows) and the total, for the saved list: read from the
   * catalogue's head in storage (no background round trip, no waking the service worker); the background
   * only when the layout must be migrated or rebuilt first.
   */
  listSummaries(): Promise<RecentSummaries>;
  openReader(tabId: number): Promise<void>;
  restoreHidden(tabId: number, id?: string): Promise<HiddenBlockInfo[]>;
  copyText(text: string): Promise<void>;
  openLibrary(): Promise<void>;
  /** Chrome's built-in Summarizer when this page can use it; undefined on Firefox and older Chrome. */
  summarizer(): SummarizerApi | undefined;
}

function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

async function activeTabId(): Promise<number | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = browser.runtime.getURL('');
  if (active?.id !== undefined && !active.url?.startsWith(own)) return active.id;
  // The popup page itself is the active tab (opened as a tab): take the last web page used in this window.
  const tabs = await browser.tabs.query({ currentWindow: true });
  const web = tabs.filter((t) => t.id !== undefined && /^https?:/.test(t.url ?? '')).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return web[0]?.id ?? active?.id ?? null;
}

export function createClient(search: string = location.search): PopupClient {
  return {
    currentTabId: async () => tabFromQuery(search) ?? activeTabId(),
    // Straight to the tab: the background would only relay it (and may have to start first).
    getTabCard: (tabId) => tabCard(tabId),
    saveSummary: (input) => sendMessage('saveSummary', input),
    listSummaries: async () =>
      (await readRecent(SAVED_LIST_LIMIT).catch(() => null)) ?? sendMessage('listRecentSummaries', { limit: SAVED_LIST_LIMIT }),
    openReader: (tabId) => sendMessage('openReader', { tabId }),
    restoreHidden: (tabId, id) => sendToTab(tabId, 'restoreHidden', id === undefined ? {} : { id }),
    copyText: (text) => navigator.clipboard.writeText(text),
    openLibrary: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('library/index.html') });
    },
    // A bare look-up: chrome-summarizer.ts (with the sentence splitter) is loaded only when this is defined.
    summarizer: () => (globalThis as { Summarizer?: SummarizerApi }).Summarizer,
  };
}
