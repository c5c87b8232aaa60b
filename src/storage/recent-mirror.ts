/**
 * A copy of the saved list's first rows in the extension's own localStorage: the one store an extension page can
 * read synchronously, so the popup's first frame can already hold the list instead of waiting for an
 * asynchronous storage.local read (a round trip to the browser process) and then for one more frame.
 *
 * Never the source of truth: the library in storage.local is. The popup checks the copy against it on every
 * open, corrects what it shows when they differ, and rewrites the copy; the library page rewrites it when it
 * reads the catalogue; Firefox's background (an event page) rewrites it after every write. Chrome's background,
 * a service worker, has no localStorage: there a summary saved from a page's card is missing from the copy until
 * the next open of the popup or the library (the popup's check then corrects its first frame).
 * A copy that cannot be read (absent, corrupt, an older shape, storage disabled) is ignored: nothing is lost,
 * the popup then waits for storage.local as before.
 */
import { catalogueValue, readCatalogueValue, type CatalogueRow } from './catalogue.ts';
import type { RecentSummaries } from './types.ts';

export const MIRROR_KEY = 'nutgraf.recent';
/** Bump when the stored shape changes: an older copy is then ignored and rewritten, never misread. */
export const MIRROR_VERSION = 1;
/** Rows kept: the popup's first frame (what its list box shows, and a few more). */
export const MIRROR_ROWS = 8;

interface StoredMirror {
  v: number;
  total: number;
  rows: CatalogueRow[];
}

/** The page's localStorage, or undefined where there is none or it throws (disabled, a worker, a test). */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The copy, or null when there is none or it cannot be trusted to be well formed. Never throws. */
export function readRecentMirror(store: Storage | undefined = pageStorage()): RecentSummaries | null {
  try {
    const raw = store?.getItem(MIRROR_KEY);
    if (!raw) return null;
    const m = JSON.parse(raw) as Partial<StoredMirror> | null;
    if (!m || typeof m !== 'object' || m.v !== MIRROR_VERSION) return null;
    if (typeof m.total !== 'number' || !Number.isInteger(m.total) || m.total < 0) return null;
    // The rows are checked as catalogue rows are (shape, unique ids).
    const rows = Array.isArray(m.rows) && m.rows.length <= MIRROR_ROWS ? readCatalogueValue(catalogueValue(m.rows as CatalogueRow[])) : null;
    if (!rows || m.total < rows.length) return null;
    return { items: rows, total: m.total };
  } catch {
    return null;
  }
}

/**
 * Rewrites the copy from what storage.local holds (the newest rows first), only when what the popup would show
 * differs. Returns whether it wrote. Never throws (a full or disabled localStorage only loses the speed-up).
 */
export function writeRecentMirror(recent: RecentSummaries, store: Storage | undefined = pageStorage()): boolean {
  if (!store) return false;
  try {
    const old = readRecentMirror(store);
    if (old && sameFirstRows(old, recent)) return false;
    const value: StoredMirror = { v: MIRROR_VERSION, total: recent.total, rows: recent.items.slice(0, MIRROR_ROWS) };
    store.setItem(MIRROR_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The fields a list row shows (the popup's link, site and date) and its identity. */
const SHOWN = ['id', 'url', 'title', 'site', 'savedAt'] as const satisfies readonly (keyof CatalogueRow)[];

/**
 * Whether `a` and `b` show the same: the same total and the same first MIRROR_ROWS rows (as many as either has,
 * up to that), field by field for what a row shows.
 */
export function sameFirstRows(a: RecentSummaries, b: RecentSummaries): boolean {
  if (a.total !== b.total) return false;
  const n = Math.min(MIRROR_ROWS, b.total);
  if (a.items.length < n || b.items.length < n) return false;
  for (let i = 0; i < n; i++) {
    const x = a.items[i]!;
    const y = b.items[i]!;
    if (SHOWN.some((k) => x[k] !== y[k])) return false;
  }
  return true;
}

