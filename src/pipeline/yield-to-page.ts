/**
 * Lets the page's own tasks (input, rendering, its scripts) run before the next step of a pass. The pipeline's
 * steps (extraction, facts, upsell hiding, card) took one task together: about 200 ms on a busy 2-core machine,
 * a page frozen for that long while its reader starts to scroll. Between steps each one is a task of its own.
 * `scheduler.yield()` (Chrome 129+) resumes ahead of other queued work; elsewhere a zero-delay timer.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
