/** State of the library page: the list, its search index, and the actions (delete with undo, edit, import). */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportReport, RecentSummaries, SavedSummary } from '../storage/types.ts';
import { toRow, type CatalogueRow } from '../storage/catalogue.ts';
import { buildSearchIndex, rowText, type SearchIndex } from './search-index.ts';
import { toInput, type LibraryClient } from './library-client.ts';
import { afterPaint } from './after-paint.ts';
import { writeRecentMirror } from '../storage/recent-mirror.ts';

/** The message of an error from the background: the remote one (the `cause`) when there is one. */
export function errorMessage(e: unknown): string {
  const cause = e instanceof Error ? e.cause : undefined;
  if (cause instanceof Error && cause.message) return cause.message;
  return e instanceof Error ? e.message : String(e);
}

export interface LibraryState {
  /** Catalogue rows, newest first; full summaries are read one by one when a row is opened. */
  items: CatalogueRow[] | null;
  /** How many summaries are saved (known from the catalogue's head before the whole catalogue is read). */
  total: number;
  loadError: string | null;
  index: SearchIndex<CatalogueRow>;
  remove(ids: string[]): Promise<SavedSummary[]>;
  restore(items: SavedSummary[]): Promise<void>;
  edit(item: SavedSummary, change: { note?: string; tags?: string[] }): Promise<SavedSummary>;
  importText(text: string): Promise<ImportReport>;
}

/**
 * @param initialHead the catalogue's head, when main.tsx started reading it before the first render; without
 *   it the head is read here.
 */
export function useLibrary(client: LibraryClient, initialHead?: Promise<RecentSummaries | null>): LibraryState {
  const [items, setItems] = useState<CatalogueRow[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    try {
      const list = await client.list();
      setItems(list);
      // The popup's synchronous copy of the newest rows follows every full read (saves from cards included).
      writeRecentMirror({ items: list, total: list.length });
      setTotal(null);
      setLoadError(null);
    } catch (e) {
      setLoadError(errorMessage(e));
      setItems((old) => old ?? []);
    }
  }, [client]);

  // A layout effect, so the head is taken up as soon as it is read, not a frame after the first commit.
  useLayoutEffect(() => {
    // First paint from the catalogue's head (a few KB); the whole catalogue (for search, filters, paging) after.
    // The whole catalogue is read only once the first screen is painted: its structured clone (several MB for
    // 10,000 rows) would otherwise land on the main thread between the head and its paint.
    let live = true;
    let cancelFull = () => {};
    const readAll = () => {
      cancelFull = afterPaint(() => live && void reload());
    };
    (initialHead ?? client.head()).then(
      (head) => {
        if (!live || !head) return;
        setItems((old) => old ?? head.items);
        setTotal((old) => old ?? head.total);
      },
      () => {},
    ).finally(() => live && readAll());
    // Saves from the popup or a card arrive as storage changes; coalesce bursts (an import writes many keys).
    const stop = client.onChange(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void reload(), 150);
    });
    return () => {
      live = false;
      cancelFull();
      stop();
      clearTimeout(timer.current);
    };
  }, [client, reload]);

  // The index is built after the first paint (idle), or at once when a search needs it before that.
  const built = useRef<{ items: CatalogueRow[]; index: SearchIndex<CatalogueRow> } | null>(null);
  const [, setBuilt] = useState(0);
  const getIndex = useCallback((): SearchIndex<CatalogueRow> => {
    const list = items ?? [];
    if (built.current?.items !== list) built.current = { items: list, index: buildSearchIndex(list, rowText) };
    return built.current.index;
  }, [items]);
  useEffect(() => {
    if (!items?.length) return;
    const timer = setTimeout(() => {
      getIndex();
      setBuilt((n) => n + 1);
      // Lets the bench and e2e tests tell "index ready" from "first paint".
      if (typeof document !== 'undefined' && document.body) document.body.dataset.indexed = String(items.length);
    }, 50);
    return () => clearTimeout(timer);
  }, [items, getIndex]);
  const index = useMemo<SearchIndex<CatalogueRow>>(
    () => ({
      search: (query, filters = {}) =>
        query.trim() ? getIndex().search(query, filters) : (items ?? []).filter((s) => (!filters.site || s.site === filters.site) && (!filters.lang || s.lang === filters.lang)),
    }),
    [items, getIndex],
  );

  return {
    items,
    total: total ?? items?.length ?? 0,
    loadError,
    index,
    async remove(ids) {
      const gone = await client.remove(ids);
      const set = new Set(ids);
      setItems((old) => (old ?? []).filter((s) => !set.has(s.id)));
      return gone;
    },
    async restore(list) {
      await client.restore(list);
      await reload();
    },
    async edit(item, change) {
      const saved = await client.save({ ...toInput(item), ...change });
      setItems((old) => (old ?? []).map((s) => (s.id === item.id ? toRow(saved) : s)));
      return saved;
    },
    async importText(text) {
      const report = await client.importLibrary(text);
      await reload();
      return report;
    },
  };
}
