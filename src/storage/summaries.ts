/**
 * The library of saved summaries, in storage.local only (never synced).
 *
 * Layout: one key per summary, `summary:<id>`, where id = urlId(url). Merging by URL is a single key
 * lookup, a save is one small write, and there is no shared index that ten concurrent saves could race on.
 * Every function that writes runs in one promise queue; the background is the only caller that writes
 * (extension pages and content scripts send messages), so the queue serialises all writers.
 * Each change is ONE storage call, so a failure (quota) leaves the library exactly as it was.
 * Every change also rewrites the catalogue (catalogue.ts: compact rows, newest first) and its head in that
 * same call, so the pages can paint and search from one key without reading every summary.
 */
import browser from '../platform/browser.ts';
import type { ImportReport, RecentSummaries, SavedSummary, SummaryInput } from './types.ts';
import { LIBRARY, migrate, summaryMigrations } from './items.ts';
import { createSerialQueue } from './serial-queue.ts';
import { guardedWrite } from './storage-error.ts';
import { urlId } from './url-id.ts';
import { compactFacts, validateSummary } from './summary-schema.ts';
import { mergeSummaries } from './merge-summaries.ts';
import { ImportError, libraryToJson, parseLibraryFile } from './library-file.ts';
import { libraryToMarkdown } from './library-markdown.ts';
import { buildCatalogue, byNewest, catalogueValue, readCatalogueValue, updateCatalogue, type CatalogueRow } from './catalogue.ts';
import { readRecent } from './recent.ts';

const queue = createSerialQueue();
const local = () => browser.storage.local;
export const summaryKey = (id: string): string => LIBRARY.prefix + id;

export { byNewest, readRecent };
export type { CatalogueRow };

/** The catalogue and its head as storage entries, to add to the write of the change they describe. */
function catalogueWrite(rows: CatalogueRow[]): Record<string, unknown> {
  const recent = { ...catalogueValue(rows.slice(0, LIBRARY.recentSize)), total: rows.length };
  return { [LIBRARY.catalogueKey]: catalogueValue(rows), [LIBRARY.recentKey]: recent };
}

/**
 * Bring the library layout to the current version and return the catalogue rows (runs inside the queue).
 * v1 kept everything in one key: each item is migrated, re-keyed by URL (duplicates merged) and written in
 * one call; items that cannot be read are kept aside under `library.unreadable` rather than dropped.
 * v2 had no catalogue; a missing or unreadable catalogue (any version) is rebuilt from the summary keys.
 */
async function ensureLayout(): Promise<CatalogueRow[]> {
  const got = await local().get([LIBRARY.metaKey, LIBRARY.legacyKey, LIBRARY.catalogueKey]);
  const current = (got[LIBRARY.metaKey] as { v?: number } | undefined)?.v === LIBRARY.version;
  const stored = current ? readCatalogueValue(got[LIBRARY.catalogueKey]) : null;
  if (stored) return stored;
  const legacy = got[LIBRARY.legacyKey] as { items?: unknown } | undefined;
  const write: Record<string, unknown> = { [LIBRARY.metaKey]: { v: LIBRARY.version } };
  if (legacy !== undefined) {
    const items = Array.isArray(legacy?.items) ? legacy.items : [];
    const unreadable: unknown[] = [];
    for (const [i, raw] of items.entries()) {
      try {
        const item = validateSummary(migrate(raw, 1, LIBRARY.itemVersion, summaryMigrations), `library.items[${i}]`);
        item.id = await urlId(item.url);
        const key = summaryKey(item.id);
        const prev = write[key] as SavedSummary | undefined;
        write[key] = prev ? mergeSummaries(prev, item) : item;
      } catch {
        unreadable.push(raw);
      }
    }
    if (unreadable.length) write['library.unreadable'] = unreadable;
  }
  // Summaries already under their own keys, plus those the v1 migration is about to write.
  const byKey = new Map<string, SavedSummary>();
  for (const item of await readAll()) byKey.set(summaryKey(item.id), item);
  for (const [key, value] of Object.entries(write)) if (key.startsWith(LIBRARY.prefix)) byKey.set(key, value as SavedSummary);
  const rows = buildCatalogue([...byKey.values()]);
  Object.assign(write, catalogueWrite(rows));
  await guardedWrite(() => local().set(write));
  if (legacy !== undefined) await local().remove(LIBRARY.legacyKey);
  return rows;
}

/**
 * The catalogue as stored, newest first, read from any extension context (reads need no queue: every write
 * is one atomic storage call). Null when the layout is not current or the catalogue must be rebuilt: ask the
 * background instead (listRecentSummaries), which does that first.
 */
export async function readCatalogue(): Promise<CatalogueRow[] | null> {
  const got = await local().get([LIBRARY.metaKey, LIBRARY.catalogueKey]);
  if ((got[LIBRARY.metaKey] as { v?: number } | undefined)?.v !== LIBRARY.version) return null;
  return readCatalogueValue(got[LIBRARY.catalogueKey]);
}

/** One full summary by id, from any extension context; null when it is not (or no longer) saved. */
export async function readSummary(id: string): Promise<SavedSummary | null> {
  const key = summaryKey(id);
  return ((await local().get(key))[key] as SavedSummary | undefined) ?? null;
}

/**
 * The newest `limit` catalogue rows (all of them without a limit) and how many summaries there are, for the
 * popup and the library page: no full summary is read. Migrates or rebuilds the catalogue first when needed.
 */
export function listRecentSummaries(limit?: number): Promise<RecentSummaries> {
  return queue(async () => {
    const fast = limit !== undefined && limit <= LIBRARY.recentSize ? await readRecent(limit) : null;
    if (fast) return fast;
    const rows = await ensureLayout();
    return { items: limit === undefined ? rows : rows.slice(0, limit), total: rows.length };
  });
}

async function readAll(): Promise<SavedSummary[]> {
  const all = await local().get(null);
  const items: SavedSummary[] = [];
  for (const [key, value] of Object.entries(all)) if (key.startsWith(LIBRARY.prefix)) items.push(value as SavedSummary);
  return items.sort(byNewest);
}

/** How far ahead of the clock the newest save may be for a new save to be dated after it (see nextSavedAt). */
const SAME_MOMENT_MS = 1000;

/**
 * The save date of a new save: now, or one millisecond after the newest saved summary when that is at most a
 * second ahead (two saves in the same millisecond, or a clock stepped back a little). "Newest first" must mean the
 * order of saving; a tie would fall back to the id order and list the later save second. A newest date further
 * ahead (imported from a machine whose clock ran fast) is left alone: every later save would inherit a wrong date.
 */
export function nextSavedAt(now: number, newest: string | undefined): string {
  const after = newest === undefined ? Number.NaN : Date.parse(newest) + 1;
  return new Date(after >= now && after - now <= SAME_MOMENT_MS ? after : now).toISOString();
}

const sameContent = (a: SavedSummary, b: SavedSummary): boolean =>
  a.title === b.title && a.tldr === b.tldr && a.site === b.site && a.lang === b.lang && a.published === b.published &&
  JSON.stringify(a.facts) === JSON.stringify(b.facts);

/**
 * Save a summary, merging with an existing one of the same URL (same id; tags and note replaced only when
 * given). Re-saving unchanged content (e.g. editing a note) keeps the original save date and place in the list.
 */
export function saveSummary(input: SummaryInput): Promise<SavedSummary> {
  return queue(async () => {
    const rows = await ensureLayout();
    const id = await urlId(input.url);
    const key = summaryKey(id);
    const existing = (await local().get(key))[key] as SavedSummary | undefined;
    const fresh = validateSummary(
      { ...input, facts: compactFacts(input.facts), id, savedAt: nextSavedAt(Date.now(), rows[0]?.savedAt), tags: input.tags ?? existing?.tags ?? [] },
      'summary',
    );
    if (existing && !('note' in input) && existing.note !== undefined) fresh.note = existing.note;
    if (fresh.note === undefined || fresh.note === '') delete fresh.note;
    if (existing && sameContent(existing, fresh)) fresh.savedAt = existing.savedAt;
    const item = structuredClone(fresh);
    await guardedWrite(() => local().set({ [key]: item, ...catalogueWrite(updateCatalogue(rows, [item])) }));
    return item;
  });
}

/** All summaries, newest first. */
export function listSummaries(): Promise<SavedSummary[]> {
  return queue(async () => {
    await ensureLayout();
    return readAll();
  });
}

/** Delete by id. @returns the deleted summaries (newest first), for undo with restoreSummaries. */
export function deleteSummaries(ids: string[]): Promise<SavedSummary[]> {
  return queue(async () => {
    const rows = await ensureLayout();
    const unique = [...new Set(ids)];
    const keys = unique.map(summaryKey);
    if (!keys.length) return [];
    const got = await local().get(keys);
    const found = Object.values(got).filter((v): v is SavedSummary => v !== undefined && v !== null).map((v) => structuredClone(v));
    // storage has no "set and remove" in one call: write the smaller catalogue first (it cannot hit the
    // quota), then remove; if the removal fails, put the catalogue back so it still matches the summaries.
    await guardedWrite(() => local().set(catalogueWrite(updateCatalogue(rows, [], unique))));
    try {
      await guardedWrite(() => local().remove(keys));
    } catch (e) {
      await local().set(catalogueWrite(rows)).catch(() => {});
      throw e;
    }
    return found.sort(byNewest);
  });
}

/** Undo of a delete: puts the summaries back as they were (merged if the URL was saved again meanwhile). */
export function restoreSummaries(items: SavedSummary[]): Promise<void> {
  return queue(async () => {
    const rows = await ensureLayout();
    const write: Record<string, SavedSummary> = {};
    for (const [i, raw] of items.entries()) {
      const item = validateSummary(raw, `items[${i}]`);
      item.id = await urlId(item.url);
      write[summaryKey(item.id)] = item;
    }
    const current = await local().get(Object.keys(write));
    for (const [key, cur] of Object.entries(current)) {
      if (cur) write[key] = mergeSummaries(cur as SavedSummary, write[key]!);
    }
    if (Object.keys(write).length) {
      await guardedWrite(() => local().set({ ...write, ...catalogueWrite(updateCatalogue(rows, Object.values(write))) }));
    }
  });
}

/** The whole library as a versioned JSON envelope (lossless) or as Markdown. */
export async function exportLibrary(format: 'json' | 'markdown'): Promise<string> {
  const items = await listSummaries();
  return format === 'json' ? libraryToJson(items) : libraryToMarkdown(items);
}

/**
 * Import a JSON export. The whole file is validated before anything is written; duplicates (within the
 * file or with the library) are merged by URL. A bad file throws an ImportError and changes nothing.
 */
export function importLibrary(text: string): Promise<ImportReport> {
  return queue(async () => {
    const incoming = parseLibraryFile(text);
    const rows = await ensureLayout();
    const write: Record<string, SavedSummary> = {};
    for (const item of incoming) {
      item.id = await urlId(item.url);
      const key = summaryKey(item.id);
      write[key] = write[key] ? mergeSummaries(write[key], item) : item;
    }
    const keys = Object.keys(write);
    const current = keys.length ? await local().get(keys) : {};
    // Duplicates inside the file count as merged too.
    let merged = incoming.length - keys.length;
    for (const [key, cur] of Object.entries(current)) {
      if (!cur) continue;
      write[key] = mergeSummaries(cur as SavedSummary, write[key]!);
      merged++;
    }
    const next = updateCatalogue(rows, Object.values(write));
    if (keys.length) await guardedWrite(() => local().set({ ...write, ...catalogueWrite(next) }));
    const total = next.length;
    return { added: incoming.length - merged, merged, total };
  });
}

export { ImportError };
