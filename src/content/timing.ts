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

export const markStart = (): void => safe(() => performance.mark(START));
export const measureDetect = (): void => safe(() => performance.measure('nutgraf:detect', START));
export const measurePipeline = (): void => safe(() => performance.measure('nutgraf:pipeline', START));
/** A named span from `start` (a performance.now() value) to now: the pipeline's steps, read by `npm run bench`. */
export const measureSince = (name: string, start: number): void =>
  safe(() => performance.measure(name, { start, end: performance.now() }));
/** A step done in several tasks: `duration` is the time its own work took (the page's tasks between not counted). */
export const measureWork = (name: string, start: number, duration: number): void => safe(() => performance.measure(name, { start, duration }));
export const markDone = (state: PassState): void => safe(() => performance.mark('nutgraf:done', { detail: pageDetail({ state }) }));
