/**
 * The only import of webextension-polyfill in the project: every `browser.*` call goes through here,
 * so unit tests can swap in a fake browser with one alias (see vitest.config.ts), and content.js the
 * browser's own API with another (vite.config.ts, native-browser.ts).
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Tabs, Storage } from 'webextension-polyfill';
