/** Budget lines of `npm run bench`: a figure, its budget, PASS/OVER. Printed, never asserted. */

export interface Budget {
  label: string;
  value: number | null;
  unit: string;
  /** Upper bound; null when the figure has no budget (printed for reference). */
  max: number | null;
  digits?: number;
}

/** `PASS` / `OVER` against the budget, `—` without a figure or a budget. */
export function verdict(value: number | null, max: number | null): string {
  if (value === null || max === null) return '—';
  return value <= max ? 'PASS' : 'OVER';
}

/** One aligned line per budget. */
export function formatBudgets(budgets: Budget[]): string {
  const rows = budgets.map((b) => [
    b.label,
    b.value === null ? 'n/a' : `${b.value.toFixed(b.digits ?? 1)} ${b.unit}`,
    b.max === null ? '' : `budget ≤ ${b.max} ${b.unit}`,
    b.max === null ? '' : verdict(b.value, b.max),
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}
