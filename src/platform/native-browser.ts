/**
 * The browser's own extension API, for content.js only: vite.config.ts resolves `webextension-polyfill` to this
 * module in that one bundle. content.js runs on every page, and the polyfill's set-up (its API table, the module
 * interop copying the namespace's properties) cost about 1.2 ms of main-thread time per page in a fresh renderer
 * (detect-parts, 40 corpus non-news pages). What content.js calls needs no polyfill: Firefox has `browser`, and
 * Chrome's `chrome` returns promises in MV3 (runtime.sendMessage, storage); onMessage answers through
 * sendResponse, which both accept (src/messaging/index.ts).
 */
import type { Browser } from './browser.ts';

const g = globalThis as { browser?: Browser; chrome?: Browser };

export default (g.browser ?? g.chrome) as Browser;
