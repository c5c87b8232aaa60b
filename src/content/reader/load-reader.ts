import { injectOnce } from '../inject-once.ts';
import { getReaderEntry, type ReaderEntry } from './entry.ts';

/** The reader overlay's entry, asking the background to inject reader.js into this frame the first time. */
export const loadReader: () => Promise<ReaderEntry> = injectOnce('loadReader', 'reader.js', getReaderEntry);
