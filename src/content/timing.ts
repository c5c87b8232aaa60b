/**
 * User Timing marks of the observable contract (issue 2 §4): page-world code and the e2e suite read
 * `nutgraf:detect`, `nutgraf:pipeline` and `nutgraf:done` (with `detail.state`). The steps inside the pipeline
 * (`nutgraf:load`, `nutgraf:extract`, `nutgraf:facts`, `nutgraf:upsell`, `nutgraf:card`) are extra, for the bench.
 */
export type PassState = 'news' | 'not-news' | 'disabled' | 'error';

const START = 'nutgraf:start';

declare const cloneInto: ((obj: unknown, target: object) => unknown) | undefined;

/** Firefox content scripts live in a sandbox: a plain object detail would be unreadable from the page. */
function pageDetail<T>(detail: T): T {
  return typeof cloneInto === 'function' && typeof window !== 'undefined' ? (cloneInto(detail, window) as T) : detail;
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    // A page that replaced `performance` must not break the pass.
  }
}

/**
 * Marks the pass's start and returns the clock after the mark: `nutgraf:detect` spans the detection alone, not
 * the mark's own first-call cost in a fresh world (creating the entry and its wrapper).
 */
export const markStart = (): number => {
  let after = 0;
  safe(() => {
    performance.mark(START);
    after = performance.now();
  });
  return after;
};
/** The end is read before measure() is called, so its own first-call cost is outside the span too. */
export const measureDetect = (start: number): void =>
  safe(() => {
    const end = performance.now();
    performance.measure('nutgraf:detect', { start, end });
  });
export const measurePipeline = (): void => safe(() => performance.measure('nutgraf:pipeline', START));
/** A named span from `start` (a performance.now() value) to now: the pipeline's steps, read by `npm run bench`. */
export const measureSince = (name: string, start: number): void =>
  safe(() => performance.measure(name, { start, end: performance.now() }));
/** A step done in several tasks: `duration` is the time its own work took (the page's tasks between not counted). */
export const measureWork = (name: string, start: number, duration: number): void => safe(() => performance.measure(name, { start, duration }));
export const markDone = (state: PassState): void => safe(() => performance.mark('nutgraf:done', { detail: pageDetail({ state }) }));
