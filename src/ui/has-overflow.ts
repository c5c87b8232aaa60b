import type { ArticleFacts } from '../core/types.ts';

/** How many facts of each kind the compact card shows; the rows use the same numbers. */
export const COMPACT_LIMITS = { parties: 3, amounts: 1, dates: 2, numbers: 2, quotes: 1 } as const;

/** Whether the compact card leaves some facts out, i.e. whether "Show all facts" has anything to show. */
export function hasOverflow(facts: ArticleFacts): boolean {
  return (Object.keys(COMPACT_LIMITS) as Array<keyof typeof COMPACT_LIMITS>)
    .some((kind) => facts[kind].length > COMPACT_LIMITS[kind]);
}
