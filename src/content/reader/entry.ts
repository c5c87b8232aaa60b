/**
 * The contract between pipeline.js and reader.js, the reader overlay injected only when the user opens it
 * (src/content/reader/reader-script.ts). Both run in the content script's isolated world; reader.js
 * registers its entry on globalThis under READER_KEY. Types and one constant only: pipeline.js stays without
 * the reader's code and DOMPurify, which every news page would otherwise compile and set up for nothing.
 */
import type { CardState } from '../../messaging/protocol.ts';
import type { ReaderOptions } from './index.ts';
import { readWorldGlobal } from '../world-global.ts';

export const READER_KEY = '__nutgrafReader';

export interface ReaderEntry {
  /** Opens or closes the overlay (see index.ts); true when it is now open. */
  toggleReader(doc: Document, state?: CardState, opts?: ReaderOptions): boolean;
}

export function getReaderEntry(): ReaderEntry | undefined {
  return readWorldGlobal<ReaderEntry>(READER_KEY);
}
