// Unit tests import this instead of webextension-polyfill (alias in vitest.config.ts): the real polyfill
// throws outside an extension. Call `fakeBrowser.reset()` in beforeEach.
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
