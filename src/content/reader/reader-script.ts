/**
 * reader.js: injected by the background (scripting.executeScript) into the content script's isolated world
 * the first time the user opens the reader on a page. It registers its entry for pipeline.js to call.
 */
import { READER_KEY, type ReaderEntry } from './entry.ts';
import { toggleReader } from './index.ts';

const g = globalThis as Record<string, unknown>;
// Injected twice (two quick requests): keep the first entry, its WeakMap knows whether the reader is open.
g[READER_KEY] ??= { toggleReader } satisfies ReaderEntry;
