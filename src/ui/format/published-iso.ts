/**
 * The page's published date as ISO 8601 for `data-date`: kept as the page wrote it when it already is ISO
 * (so its offset survives), converted when it is another parseable form, null when unreadable.
 */
export function publishedIso(published: string): string | null {
  const value = published.trim();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value.replace(' ', 'T');
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
