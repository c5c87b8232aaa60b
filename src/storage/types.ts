import type { ArticleFacts, Lang } from '../core/types.ts';
import type { CatalogueRow } from './catalogue.ts';

/** One saved summary in the local library (storage.local; never synced). */
export interface SavedSummary {
  id: string;
  url: string;
  title: string;
  site: string;
  lang: Lang;
  /** ISO date from the page, when known. */
  published?: string;
  /** ISO timestamp of the (last) save. */
  savedAt: string;
  tldr: string;
  facts: ArticleFacts;
  note?: string;
  tags: string[];
}

/** What a caller gives to save: the library fills id and savedAt, and merges by URL. */
export type SummaryInput = Omit<SavedSummary, 'id' | 'savedAt' | 'tags'> & { tags?: string[] };

export type SiteRule = 'never' | 'always';
export type ReaderTheme = 'system' | 'light' | 'sepia' | 'dark';

/** User settings (storage.sync when available, falling back to local). */
export interface Settings {
  /** Automatic pass on every page (detect → hide → card). Off: only on demand from the toolbar. */
  enabled: boolean;
  hideUpsells: boolean;
  /** Per-host rules, keyed by hostname without "www.". */
  siteRules: Record<string, SiteRule>;
  cardPosition: 'top' | 'bottom-right';
  cardDensity: 'compact' | 'expanded';
  reader: { theme: ReaderTheme; font: 'serif' | 'sans'; fontSize: number; lineWidth: number };
}

export interface ImportReport {
  added: number;
  merged: number;
  total: number;
}

/** The newest catalogue rows and the size of the library (listRecentSummaries). */
export interface RecentSummaries {
  items: CatalogueRow[];
  total: number;
}
