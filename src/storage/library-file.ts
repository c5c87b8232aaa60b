/**
 * The library export file: a versioned JSON envelope, and its strict reader. A bad, truncated, oversized or
 * foreign file throws an error that says what is wrong; nothing is stored until the whole file is valid.
 */
import type { SavedSummary } from './types.ts';
import { LIBRARY, migrate, summaryMigrations } from './items.ts';
import { validateSummary } from './summary-schema.ts';

export const LIBRARY_FORMAT = 'nutgraf-library';
/** Refuse files larger than this (characters): 10,000 summaries export to about 20 MB. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 50_000;

export interface LibraryEnvelope {
  format: typeof LIBRARY_FORMAT;
  version: number;
  exportedAt: string;
  items: SavedSummary[];
}

export class ImportError extends Error {
  override name = 'ImportError';
}

export function libraryToJson(items: SavedSummary[], now = new Date()): string {
  const envelope: LibraryEnvelope = { format: LIBRARY_FORMAT, version: LIBRARY.itemVersion, exportedAt: now.toISOString(), items };
  return JSON.stringify(envelope, null, 2);
}

/**
 * Parse and validate a library file. Items of an older version are migrated.
 * @returns the summaries, in file order (ids are not recomputed here).
 */
export function parseLibraryFile(text: string): SavedSummary[] {
  if (typeof text !== 'string') throw new ImportError('The file could not be read as text.');
  // Size first: a huge file is refused before any work is done on it.
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportError(`The file is too large (${Math.round(text.length / 1048576)} MB; the limit is ${MAX_IMPORT_CHARS / 1048576} MB).`);
  }
  if (text.trim() === '') throw new ImportError('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('The file is not valid JSON: it may be truncated or not a Nutgraf export.');
  }
  const env = data as Partial<LibraryEnvelope> | null;
  if (!env || typeof env !== 'object' || env.format !== LIBRARY_FORMAT) {
    throw new ImportError('This is not a Nutgraf library export (the "format" field is missing or different).');
  }
  if (typeof env.version !== 'number' || !Number.isInteger(env.version) || env.version < 1) {
    throw new ImportError('The export has no valid version number.');
  }
  if (env.version > LIBRARY.itemVersion) {
    throw new ImportError(`The export was made by a newer Nutgraf (library version ${env.version}); update the extension to import it.`);
  }
  if (!Array.isArray(env.items)) throw new ImportError('The export has no list of summaries ("items").');
  if (env.items.length > MAX_IMPORT_ITEMS) throw new ImportError(`The export holds too many summaries (${env.items.length}; the limit is ${MAX_IMPORT_ITEMS}).`);
  const from = env.version;
  return env.items.map((raw, i) => {
    try {
      return validateSummary(migrate(raw, from, LIBRARY.itemVersion, summaryMigrations), `items[${i}]`);
    } catch (e) {
      throw new ImportError(`Summary ${i + 1} of the file is invalid (${(e as Error).message}); nothing was imported.`);
    }
  });
}
