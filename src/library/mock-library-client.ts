/** In-memory LibraryClient for UI tests: same contract as the background (merge by URL, newest first). */
import type { SavedSummary } from '../storage/types.ts';
import type { LibraryClient } from './library-client.ts';
import { toRow } from '../storage/catalogue.ts';

export interface MockLibraryClient extends LibraryClient {
  items: SavedSummary[];
  /** Simulate a change made elsewhere. */
  emitChange(): void;
}

export function createMockLibraryClient(initial: SavedSummary[] = []): MockLibraryClient {
  const listeners = new Set<() => void>();
  const sort = (list: SavedSummary[]) => list.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  const client: MockLibraryClient = {
    items: sort(structuredClone(initial)),
    async list() {
      return client.items.map(toRow);
    },
    async head() {
      return { items: client.items.slice(0, 50).map(toRow), total: client.items.length };
    },
    async get(id) {
      const found = client.items.find((s) => s.id === id);
      return found ? structuredClone(found) : null;
    },
    async save(input) {
      const existing = client.items.find((s) => s.url === input.url);
      const saved: SavedSummary = { ...existing, ...input, id: existing?.id ?? `id-${client.items.length + 1}`, savedAt: existing?.savedAt ?? new Date().toISOString(), tags: input.tags ?? existing?.tags ?? [] };
      client.items = sort([saved, ...client.items.filter((s) => s.url !== input.url)]);
      return structuredClone(saved);
    },
    async remove(ids) {
      const gone = client.items.filter((s) => ids.includes(s.id));
      client.items = client.items.filter((s) => !ids.includes(s.id));
      return gone;
    },
    async restore(items) {
      client.items = sort([...client.items, ...structuredClone(items)]);
    },
    async exportLibrary(format) {
      return format === 'json' ? JSON.stringify({ format: 'nutgraf-library', version: 2, exportedAt: '', items: client.items }) : '# Nutgraf library\n';
    },
    async importLibrary(text) {
      const data = JSON.parse(text) as { format?: string; items?: SavedSummary[] };
      if (data.format !== 'nutgraf-library' || !Array.isArray(data.items)) throw new Error('importLibrary failed: This is not a Nutgraf library export.');
      const before = client.items.length;
      for (const s of data.items) await client.save(s);
      const added = client.items.length - before;
      return { added, merged: data.items.length - added, total: client.items.length };
    },
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    emitChange() {
      for (const cb of listeners) cb();
    },
  };
  return client;
}
