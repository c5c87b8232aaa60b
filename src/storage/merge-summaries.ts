import type { SavedSummary } from './types.ts';

/**
 * Merge two summaries of the same URL (a re-save, or a duplicate in an import): the newer save's content
 * wins, the existing id is kept, tags are united and a note is never lost to an empty one.
 */
export function mergeSummaries(existing: SavedSummary, incoming: SavedSummary): SavedSummary {
  const [older, newer] = incoming.savedAt >= existing.savedAt ? [existing, incoming] : [incoming, existing];
  const tags = [...new Set([...existing.tags, ...incoming.tags])];
  const merged: SavedSummary = { ...older, ...newer, id: existing.id, tags };
  const note = newer.note?.trim() ? newer.note : older.note;
  if (note === undefined) delete merged.note;
  else merged.note = note;
  return merged;
}
