/**
 * The catalogue: one compact key listing every saved summary (id, url, title, site, lang, dates and a short
 * search text), newest first. Pages draw their first screen and search from it without reading ~2 KB per
 * summary; the full summary is read only when it is opened. It is written by summaries.ts in the same write
 * queue and in the same storage call as the change it describes, so the two can never disagree after a
 * failed (quota) write.
 */
import type { SavedSummary } from './types.ts';

export interface CatalogueRow {
  id: string;
  url: string;
  title: string;
  site: string;
  lang: SavedSummary['lang'];
  savedAt: string;
  published?: string;
  /** The TL;DR, cut to TLDR_MAX characters: shown in lists and searched. */
  tldr: string;
  /** Fact names (parties, event, amounts, speakers) and tags, cut to NAMES_MAX characters: searched. */
  text: string;
}

export interface Catalogue {
  v: number;
  rows: CatalogueRow[];
}

export const CATALOGUE_KEY = 'library.catalogue';
export const CATALOGUE_VERSION = 1;
export const TLDR_MAX = 200;
export const NAMES_MAX = 120;

/** Newest first; ties (same millisecond) by id so the order is stable. */
export const byNewest = (a: { savedAt: string; id: string }, b: { savedAt: string; id: string }): number =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Cut at a word boundary (a half word would become a false prefix match), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The names the facts carry, then the tags: with the TL;DR, the short search text of a row. */
export function factNames(s: SavedSummary): string {
  const f = s.facts;
  return [
    ...(f?.parties ?? []).map((p) => p.name),
    f?.event?.label ?? '',
    ...(f?.amounts ?? []).map((a) => a.text),
    ...(f?.quotes ?? []).map((q) => q.speaker),
    ...(s.tags ?? []),
  ].filter(Boolean).join(' ');
}

export function toRow(s: SavedSummary): CatalogueRow {
  const row: CatalogueRow = {
    id: s.id, url: s.url, title: s.title, site: s.site, lang: s.lang, savedAt: s.savedAt,
    tldr: clip(s.tldr ?? '', TLDR_MAX), text: clip(factNames(s), NAMES_MAX),
  };
  if (s.published) row.published = s.published;
  return row;
}

const isRow = (r: unknown): r is CatalogueRow => {
  const o = r as Record<string, unknown> | null;
  return !!o && typeof o === 'object' && typeof o.id === 'string' && typeof o.url === 'string' && typeof o.title === 'string' &&
    typeof o.site === 'string' && typeof o.lang === 'string' && typeof o.savedAt === 'string' && typeof o.tldr === 'string' && typeof o.text === 'string';
};

/** The stored catalogue when it is current and well formed; null means "rebuild it". */
export function readCatalogueValue(raw: unknown): CatalogueRow[] | null {
  const c = raw as Partial<Catalogue> | null | undefined;
  if (!c || typeof c !== 'object' || c.v !== CATALOGUE_VERSION || !Array.isArray(c.rows)) return null;
  const ids = new Set<string>();
  for (const r of c.rows) {
    if (!isRow(r) || ids.has(r.id)) return null;
    ids.add(r.id);
  }
  return c.rows;
}

export const catalogueValue = (rows: CatalogueRow[]): Catalogue => ({ v: CATALOGUE_VERSION, rows });

/** The catalogue built from full summaries. */
export const buildCatalogue = (items: SavedSummary[]): CatalogueRow[] => items.map(toRow).sort(byNewest);

/** Rows with `changed` put in (replacing the same ids) and `removed` ids taken out, newest first. */
export function updateCatalogue(rows: CatalogueRow[], changed: SavedSummary[], removed: Iterable<string> = []): CatalogueRow[] {
  const drop = new Set(removed);
  for (const s of changed) drop.add(s.id);
  const kept = rows.filter((r) => !drop.has(r.id));
  if (!changed.length) return kept;
  const fresh = changed.map(toRow).sort(byNewest);
  // Both lists are sorted: merge them rather than re-sorting 10,000 rows on every save.
  const out: CatalogueRow[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    if (j >= fresh.length || (i < kept.length && byNewest(kept[i]!, fresh[j]!) <= 0)) out.push(kept[i++]!);
    else out.push(fresh[j++]!);
  }
  return out;
}
