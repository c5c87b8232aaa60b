/**
 * The library of saved summaries, in storage.local only (never synced).
 *
 * Layout: one key per summary, `summary:<id>`, where id = urlId(url). Merging by URL is a single key
 * lookup, a save is one small write, and there is no shared index that ten concurrent saves could race on.
 * Every function that writes runs in one promise queue; the background is the only caller that writes
 * (extension pages and content scripts send messages), so the queue serialises all writers.
 * Each change is ONE storage call, so a failure (quota) leaves the library exactly as it was.
 */
import browser from '../platform/browser.ts';
import type { ImportReport, SavedSummary, SummaryInput } from './types.ts';
import { LIBRARY, migrate, summaryMigrations } from './items.ts';
import { createSerialQueue } from './serial-queue.ts';
import { guardedWrite } from './storage-error.ts';
import { urlId } from './url-id.ts';
import { compactFacts, validateSummary } from './summary-schema.ts';
import { mergeSummaries } from './merge-summaries.ts';
import { ImportError, libraryToJson, parseLibraryFile } from './library-file.ts';
import { libraryToMarkdown } from './library-markdown.ts';

const queue = createSerialQueue();
const local = () => browser.storage.local;
export const summaryKey = (id: string): string => LIBRARY.prefix + id;

/** Newest first; ties (same millisecond) by id so the order is stable. */
export const byNewest = (a: SavedSummary, b: SavedSummary): number =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Bring the library layout to the current version. v1 kept everything in one key: each item is migrated,
 * re-keyed by URL (duplicates merged) and written in one call; items that cannot be read are kept aside
 * under `library.unreadable` rather than dropped.
 */
async function ensureLayout(): Promise<void> {
  const got = await local().get([LIBRARY.metaKey, LIBRARY.legacyKey]);
  if ((got[LIBRARY.metaKey] as { v?: number } | undefined)?.v === LIBRARY.version) return;
  const legacy = got[LIBRARY.legacyKey] as { items?: unknown } | undefined;
  const write: Record<string, unknown> = { [LIBRARY.metaKey]: { v: LIBRARY.version } };
  if (legacy !== undefined) {
    const items = Array.isArray(legacy?.items) ? legacy.items : [];
    const unreadable: unknown[] = [];
    for (const [i, raw] of items.entries()) {
      try {
        const item = validateSummary(migrate(raw, 1, LIBRARY.version, summaryMigrations), `library.items[${i}]`);
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
  await guardedWrite(() => local().set(write));
  if (legacy !== undefined) await local().remove(LIBRARY.legacyKey);
}

/** Every key of storage.local; getKeys (Chrome 130+, Firefox 143+) avoids reading every value. */
async function allKeys(): Promise<string[]> {
  const area = local() as unknown as { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys === 'function') {
    try {
      return await area.getKeys();
    } catch {
      // Older browsers (and the fake browser in tests) have no getKeys: read everything instead.
    }
  }
  return Object.keys(await local().get(null));
}

/**
 * Read the library as it is stored, newest first, from any extension context (reads need no queue: every
 * write is one atomic storage call). Null when the layout is not current yet: ask the background instead,
 * which migrates first.
 */
export async function readSummaries(): Promise<SavedSummary[] | null> {
  const all = await local().get(null);
  if ((all[LIBRARY.metaKey] as { v?: number } | undefined)?.v !== LIBRARY.version) return null;
  const items: SavedSummary[] = [];
  for (const [key, value] of Object.entries(all)) if (key.startsWith(LIBRARY.prefix)) items.push(value as SavedSummary);
  return items.sort(byNewest);
}

async function readAll(): Promise<SavedSummary[]> {
  const all = await local().get(null);
  const items: SavedSummary[] = [];
  for (const [key, value] of Object.entries(all)) if (key.startsWith(LIBRARY.prefix)) items.push(value as SavedSummary);
  return items.sort(byNewest);
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
    await ensureLayout();
    const id = await urlId(input.url);
    const key = summaryKey(id);
    const existing = (await local().get(key))[key] as SavedSummary | undefined;
    const fresh = validateSummary(
      { ...input, facts: compactFacts(input.facts), id, savedAt: new Date().toISOString(), tags: input.tags ?? existing?.tags ?? [] },
      'summary',
    );
    if (existing && !('note' in input) && existing.note !== undefined) fresh.note = existing.note;
    if (fresh.note === undefined || fresh.note === '') delete fresh.note;
    if (existing && sameContent(existing, fresh)) fresh.savedAt = existing.savedAt;
    const item = structuredClone(fresh);
    await guardedWrite(() => local().set({ [key]: item }));
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
    await ensureLayout();
    const keys = [...new Set(ids)].map(summaryKey);
    if (!keys.length) return [];
    const got = await local().get(keys);
    const found = Object.values(got).filter((v): v is SavedSummary => v !== undefined && v !== null).map((v) => structuredClone(v));
    await guardedWrite(() => local().remove(keys));
    return found.sort(byNewest);
  });
}

/** Undo of a delete: puts the summaries back as they were (merged if the URL was saved again meanwhile). */
export function restoreSummaries(items: SavedSummary[]): Promise<void> {
  return queue(async () => {
    await ensureLayout();
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
    if (Object.keys(write).length) await guardedWrite(() => local().set(write));
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
    await ensureLayout();
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
    if (keys.length) await guardedWrite(() => local().set(write));
    const total = (await allKeys()).filter((k) => k.startsWith(LIBRARY.prefix)).length;
    return { added: incoming.length - merged, merged, total };
  });
}

export { ImportError };
