/**
 * content.js: the always-on content script, after detect.js (together ≤ 15 KB gzip; non-news pass ≤ 1 ms). No Readability,
 * no Preact, no date parsing here: those live in pipeline.js, injected only when needed.
 */
import { markDone } from './timing.ts';
import { startContent } from './start-content.ts';
import { takeDetector } from './detector.ts';

const MARKER = '__nutgrafContent';

// content.js may be injected again into a page that already runs it (popup asked before document_idle).
const g = globalThis as Record<string, unknown>;
if (!g[MARKER]) {
  g[MARKER] = true;
  try {
    const detect = takeDetector();
    if (detect) startContent(detect);
    else markDone('error');
  } catch {
    markDone('error'); // never throw into the page
  }
}
