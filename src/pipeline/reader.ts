/**
 * Reader view, from LIBRARY's src/content/reader/index.ts.
 * TODO [2026-11-29]: Drop this stand-in once that module exists; re-export it instead.
 */
export async function toggleReader(): Promise<void> {
  throw new Error('Reader view is not available yet');
}
