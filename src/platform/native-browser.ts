/**
 * The browser's own extension API, for the scripts of the page's content-script world (content.js, and
 * pipeline.js, facts.js and reader.js injected beside it) and for the popup, whose first paint has a budget: vite.config.ts resolves
 * `webextension-polyfill` to this module in those bundles (the background and the other pages keep the polyfill).
 * content.js runs on every page, and with the polyfill its main-thread time per non-news page was 18.2 ms instead
 * of 15.8 (median, DevTools traces of 40 corpus pages in fresh renderers): the polyfill's API table and the module
 * interop copying the namespace's properties. What they call needs no polyfill: Firefox has `browser`,
 * Chrome's `chrome` returns promises in MV3 (runtime.sendMessage, storage), and onMessage answers through
 * sendResponse, which both accept (src/messaging/index.ts).
 */
import type { Browser } from './browser.ts';

const g = globalThis as { browser?: Browser; chrome?: Browser };

export default (g.browser ?? g.chrome) as Browser;
