import { toIsoDate } from '../../core/extract/to-iso-date.ts';

/**
 * The page's published date as ISO 8601 for `data-date`, with the calendar day and offset the page wrote (never
 * moved to UTC, which could name the day before or after); null when unreadable. readPageMeta already normalises,
 * this also covers summaries saved by older versions.
 */
export function publishedIso(published: string): string | null {
  return toIsoDate(published) ?? null;
}
