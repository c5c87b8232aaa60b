/** Small, pure counting helpers for the evaluation and the benchmark. */

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A share `num / den`, or null when nothing was counted (never a fake 0 or 1). */
export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/** Precision, recall and F1 of a confusion count; each null when its denominator is zero. */
export function prf(c: Confusion): Prf {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Adds one prediction to a confusion count. */
export function tally(c: Confusion, actual: boolean, predicted: boolean): void {
  if (actual && predicted) c.tp++;
  else if (actual) c.fn++;
  else if (predicted) c.fp++;
  else c.tn++;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

/** Groups items by key, plus an `all` group holding every item. Keys keep first-seen order. */
export function groupWithAll<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>([['all', [...items]]]);
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The q-quantile (0..1) by linear interpolation between closest ranks; null for an empty list. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}
