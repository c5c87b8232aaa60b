/**
 * The library page's only door to the background: a small client object, so the UI can be tested with a mock
 * (see mock-library-client.ts) and never calls browser.runtime directly. Writes go through the background,
 * the single writer of the library.
 */
import { sendMessage } from '../messaging/index.ts';
import browser from '../platform/browser.ts';
import type { ImportReport, RecentSummaries, SavedSummary, SummaryInput } from '../storage/types.ts';
import { LIBRARY } from '../storage/items.ts';
import { readCatalogue, readRecent, readSummary } from '../storage/summaries.ts';
import type { CatalogueRow } from '../storage/catalogue.ts';

export interface LibraryClient {
  /** The catalogue (compact rows, newest first): what the page paints and searches. */
  list(): Promise<CatalogueRow[]>;
  /** The newest rows and the total, from the catalogue's small head key: the first paint. Null: not ready. */
  head(): Promise<RecentSummaries | null>;
  /** One full summary, read only when its row is opened; null when it is gone. */
  get(id: string): Promise<SavedSummary | null>;
  save(input: SummaryInput): Promise<SavedSummary>;
  remove(ids: string[]): Promise<SavedSummary[]>;
  restore(items: SavedSummary[]): Promise<void>;
  exportLibrary(format: 'json' | 'markdown'): Promise<string>;
  importLibrary(text: string): Promise<ImportReport>;
  /** Called when the library changes elsewhere (a save from the popup or a card). */
  onChange(cb: () => void): () => void;
}

/** Rows painted before the whole catalogue is read (the page shows 50 per page). */
const FIRST_PAINT_ROWS = 50;

export function createLibraryClient(): LibraryClient {
  return {
    // Read storage directly (one hop less); the background only when a migration or a rebuild is due.
    list: async () => (await readCatalogue()) ?? (await sendMessage('listRecentSummaries', {})).items,
    head: () => readRecent(FIRST_PAINT_ROWS),
    get: async (id) => readSummary(id),
    save: (input) => sendMessage('saveSummary', input),
    remove: (ids) => sendMessage('deleteSummaries', { ids }),
    restore: (items) => sendMessage('restoreSummaries', { items }),
    exportLibrary: (format) => sendMessage('exportLibrary', { format }),
    importLibrary: (text) => sendMessage('importLibrary', { text }),
    onChange(cb) {
      const listener = (changes: Record<string, unknown>, area: string): void => {
        // Every change rewrites the catalogue in the same call: one key to watch, one event per change.
        if (area === LIBRARY.area && LIBRARY.catalogueKey in changes) cb();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** The editable part of a summary, as saveSummary takes it back. */
export function toInput(s: SavedSummary): SummaryInput {
  const { id: _id, savedAt: _savedAt, ...rest } = s;
  return rest;
}
