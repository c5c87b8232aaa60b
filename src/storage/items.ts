/**
 * Every storage key of the extension, declared once: name, area, default, schema version and migrations.
 * Migrations run on read: a value written by an older version is upgraded in memory, step by step
 * (`migrations[n]` turns a version n-1 value into version n), then validated by `coerce`.
 *
 * Schema history
 * - v1 (0.0.x dev builds): settings `{ auto, hideUpsells, siteRules, cardPosition }` in sync; the library was
 *   ONE local key `library` = `{ items: SummaryV1[] }` with `savedAt` in epoch ms and `tags` as a
 *   comma-separated string. One key for everything meant every save rewrote the whole library.
 * - v2: settings gain `enabled` (was `auto`), `cardDensity`, `reader`; the library is one local key per
 *   summary (`summary:<id>`, id derived from the normalised URL) plus a meta key `library$` `{ v }`.
 * - v3: the library gains a catalogue (`library.catalogue` = `{ v, rows }`, one compact row per summary, newest
 *   first) and its head (`library.recent`, the newest RECENT_SIZE rows, for the popup). Pages paint and search
 *   from it instead of reading every summary. Built from the per-summary keys on first use when missing or
 *   unreadable; every later change writes it in the same storage call as the summaries.
 */
import browser from '../platform/browser.ts';
import type { Storage } from '../platform/browser.ts';
import type { Settings } from './types.ts';
import { guardedWrite } from './storage-error.ts';

export type AreaName = 'local' | 'sync';
export type Migration = (old: unknown) => unknown;

export interface ItemSpec<T> {
  key: string;
  /** `sync` falls back to `local` when the browser has no working storage.sync. */
  area: AreaName;
  fallback: T;
  version: number;
  migrations: Record<number, Migration>;
  /** Validate a stored (already migrated) value, filling gaps from the fallback. */
  coerce: (raw: unknown) => T;
}

export interface StorageItem<T> extends ItemSpec<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Called with the new value whenever the item changes in storage (any context). */
  watch(cb: (value: T) => void): () => void;
}

/** Key of the version meta of an item (WXT's habit: `<key>$` holds `{ v }`). */
export const metaKey = (key: string): string => `${key}$`;

/** Apply the migrations from `from` up to `to`, in order. A missing step leaves the value as it is. */
export function migrate(value: unknown, from: number, to: number, migrations: Record<number, Migration>): unknown {
  let v = value;
  for (let n = from + 1; n <= to; n++) {
    const step = migrations[n];
    if (step) v = step(v);
  }
  return v;
}

function hasSync(): boolean {
  return typeof browser.storage?.sync?.get === 'function';
}

/** The storage area for an item: sync only when the browser offers it. */
export function storageArea(area: AreaName): Storage.StorageArea {
  return area === 'sync' && hasSync() ? browser.storage.sync : browser.storage.local;
}

/** Declare a single-key storage item. */
export function defineItem<T>(spec: ItemSpec<T>): StorageItem<T> {
  const meta = metaKey(spec.key);
  const read = async (): Promise<Record<string, unknown>> => {
    try {
      return await storageArea(spec.area).get([spec.key, meta]);
    } catch (e) {
      // storage.sync can exist but fail (e.g. disabled by policy): fall back to local.
      if (spec.area !== 'sync') throw e;
      return browser.storage.local.get([spec.key, meta]);
    }
  };
  const fromStored = (raw: unknown, v: unknown): T => {
    if (raw === undefined || raw === null) return spec.coerce(undefined);
    const from = typeof (v as { v?: unknown } | undefined)?.v === 'number' ? (v as { v: number }).v : 1;
    return spec.coerce(migrate(raw, from, spec.version, spec.migrations));
  };
  return {
    ...spec,
    async getValue() {
      const got = await read();
      return fromStored(got[spec.key], got[meta]);
    },
    async setValue(value) {
      await guardedWrite(() => storageArea(spec.area).set({ [spec.key]: value, [meta]: { v: spec.version } }));
    },
    watch(cb) {
      const listener = (changes: Record<string, Storage.StorageChange>): void => {
        const change = changes[spec.key];
        if (change) cb(fromStored(change.newValue, { v: spec.version }));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  hideUpsells: true,
  siteRules: {},
  cardPosition: 'top',
  cardDensity: 'compact',
  reader: { theme: 'system', font: 'serif', fontSize: 18, lineWidth: 68 },
};

export const SETTINGS_VERSION = 2;

/** v1 → v2: `auto` became `enabled`; the rest of v2's fields are new and come from the defaults. */
export const settingsMigrations: Record<number, Migration> = {
  2: (old) => {
    if (!old || typeof old !== 'object') return old;
    const { auto, ...rest } = old as Record<string, unknown>;
    return { ...rest, enabled: typeof auto === 'boolean' ? auto : true };
  },
};

/** The library: one key per summary plus a meta key; the layout itself is migrated by summaries.ts. */
export const LIBRARY = {
  area: 'local' as const,
  /** Each summary lives at `summary:<id>`. */
  prefix: 'summary:',
  /** `{ v }` of the library layout. */
  metaKey: metaKey('library'),
  /** Where v1 kept the whole library in one value. */
  legacyKey: 'library',
  version: 3,
  /** Schema of one summary (and of export files): unchanged by v3, which only added the catalogue. */
  itemVersion: 2,
  /** Compact rows of every summary, newest first (see catalogue.ts). */
  catalogueKey: 'library.catalogue',
  /** The newest rows of the catalogue alone, so the popup reads a few KB, not the whole catalogue. */
  recentKey: 'library.recent',
  recentSize: 50,
};

/**
 * Per-summary migrations, shared by the layout migration and by the import of older export files.
 * v1 → v2: savedAt epoch ms → ISO string; tags "a, b" → ["a", "b"]. The id is recomputed by the caller.
 */
export const summaryMigrations: Record<number, Migration> = {
  2: (old) => {
    if (!old || typeof old !== 'object') return old;
    const o = old as Record<string, unknown>;
    const savedAt = typeof o.savedAt === 'number' ? new Date(o.savedAt).toISOString() : o.savedAt;
    const tags = typeof o.tags === 'string' ? o.tags.split(',').map((t) => t.trim()).filter(Boolean) : (o.tags ?? []);
    return { ...o, savedAt, tags };
  },
};
