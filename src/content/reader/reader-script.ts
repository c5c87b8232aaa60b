/**
 * reader.js: injected by the background (scripting.executeScript) into the content script's isolated world
 * the first time the user opens the reader on a page. It registers its entry for pipeline.js to call.
 */
import { READER_KEY, type ReaderEntry } from './entry.ts';
import { toggleReader } from './index.ts';
import { registerOnce } from '../world-global.ts';

// Injected twice (two quick requests): the first entry stays; its WeakMap knows whether the reader is open.
registerOnce(READER_KEY, () => ({ toggleReader }) satisfies ReaderEntry);
