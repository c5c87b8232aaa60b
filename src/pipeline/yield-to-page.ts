/**
 * Lets the page's own tasks (input, rendering, its scripts) run before the next step of a pass. The pipeline's
 * steps (extraction, facts, upsell hiding, card) took one task together: 230 ms median on a busy 2-core
 * machine, a page frozen for that long while its reader starts to scroll. Between steps each one is a task of
 * its own. `scheduler.yield()` (Chrome 129+) resumes ahead of other queued work; elsewhere a message to
 * ourselves, not a timer: timers in background tabs wait up to a second, and articles are often opened in one.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
