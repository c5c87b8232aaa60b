/**
 * The head of the catalogue (the newest rows and the size of the library), read straight from storage by the
 * popup and the library page for their first paint. Kept apart from summaries.ts so the popup's first chunk
 * carries this read alone, not the write queue, merging, import validation and export.
 */
import browser from '../platform/browser.ts';
import { readCatalogueValue } from './catalogue.ts';
import { LIBRARY } from './items.ts';
import type { RecentSummaries } from './types.ts';

/** The newest rows and the total; up to LIBRARY.recentSize rows come from the small head key alone. */
export async function readRecent(limit: number): Promise<RecentSummaries | null> {
  const got = await browser.storage.local.get([LIBRARY.metaKey, LIBRARY.recentKey]);
  if ((got[LIBRARY.metaKey] as { v?: number } | undefined)?.v !== LIBRARY.version) return null;
  const head = got[LIBRARY.recentKey] as { total?: unknown } | undefined;
  const rows = readCatalogueValue(head);
  if (!rows || typeof head?.total !== 'number' || head.total < rows.length) return null;
  return { items: rows.slice(0, limit), total: head.total };
}
