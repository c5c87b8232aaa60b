/**
 * Word lists for detection, looked up in sets rather than big regex alternations: detection runs once per page
 * on cold code, where compiling such a regex costs more than every lookup it would replace.
 */

/** A set of the space-separated words of `s`. */
export const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/**
 * The first of `items` that is in `set`. An indexed loop, not find() or for…of: on code that runs for the
 * first time in a fresh world each built-in method's first call costs tens of microseconds (is-news-page.ts).
 */
export function firstIn(items: readonly string[], set: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < items.length; i++) if (set.has(items[i]!)) return items[i];
  return undefined;
}
