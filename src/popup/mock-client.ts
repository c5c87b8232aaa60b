/** In-memory PopupClient for component tests: records calls, keeps a saved list, answers a given card. */
import type { TabCardResult } from '../messaging/protocol.ts';
import type { SavedSummary } from '../storage/types.ts';
import type { PopupClient } from './client.ts';
import { toRow } from '../storage/catalogue.ts';

export interface MockClient extends PopupClient {
  calls: { name: string; args: unknown[] }[];
  saved: SavedSummary[];
}

export function createMockClient(card: TabCardResult, overrides: Partial<PopupClient> = {}): MockClient {
  const calls: MockClient['calls'] = [];
  const saved: SavedSummary[] = [];
  const log = (name: string, ...args: unknown[]): void => void calls.push({ name, args });
  const client: MockClient = {
    calls,
    saved,
    currentTabId: async () => (log('currentTabId'), 1),
    getTabCard: async (tabId) => (log('getTabCard', tabId), structuredClone(card)),
    saveSummary: async (input) => {
      log('saveSummary', input);
      const item: SavedSummary = { ...input, id: `s${saved.length + 1}`, savedAt: new Date(0).toISOString(), tags: input.tags ?? [] };
      saved.unshift(item);
      return item;
    },
    listSummaries: async () => (log('listSummaries'), { items: saved.map(toRow), total: saved.length }),
    openReader: async (tabId) => void log('openReader', tabId),
    restoreHidden: async (tabId, id) => {
      log('restoreHidden', tabId, id);
      return card.ok ? card.card.hidden.map((h) => (id === undefined || h.id === id ? { ...h, restored: true } : h)) : [];
    },
    copyText: async (text) => void log('copyText', text),
    openLibrary: async () => void log('openLibrary'),
    // No built-in Summarizer unless a test passes a fake one.
    summarizer: () => undefined,
  };
  return Object.assign(client, overrides);
}
