/**
 * The hand-over between the two always-on scripts. detect.js (src/content/detect.ts) holds the news detection
 * alone and runs first; content.js (the rest) takes the detector from the content-script world's global
 * object. Two files because Chrome compiles a script's functions lazily, on their first call, unless the
 * file's first line is the `//# allFunctionsCalledOnLoad` hint (V8's explicit compile hints): then it compiles
 * them all with the file, in one pass instead of a pre-parse plus one compile per function. Detection runs on
 * every page, so its code is compiled anyway: measured on 40 non-news pages × 2, the detection pass went from
 * 4.6 to 3.2 ms and both files' main-thread total did not grow. The hint on all of content.js instead cost
 * +2.3 ms per page (it compiles code that runs only on news pages or on a message), so that file stays lazy.
 * The page cannot see this global: content scripts have a world of their own.
 */
import type { ParsedUrl } from '../core/detect/classify-url.ts';
import type { NewsVerdict } from '../core/types.ts';
import { readWorldGlobal, writeWorldGlobal } from './world-global.ts';

export type Detector = (doc: Document, url?: string | ParsedUrl) => NewsVerdict;

const KEY = '__nutgrafDetect';

/** Called by detect.js. */
export function publishDetector(detect: Detector): void {
  writeWorldGlobal(KEY, detect);
}

/** Called by content.js; null when detect.js did not run first (a broken injection). */
export function takeDetector(): Detector | null {
  const d = readWorldGlobal(KEY);
  return typeof d === 'function' ? (d as Detector) : null;
}
