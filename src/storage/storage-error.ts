/** A write to browser storage failed; nothing was changed (each write is a single `set`/`remove` call). */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
}

/** Turn a rejected storage call into an error the UI can show as is. */
export function storageWriteError(e: unknown): StorageWriteError {
  const detail = e instanceof Error ? e.message : String(e);
  const full = /quota|space|QUOTA_BYTES|too large|exceed/i.test(detail);
  const message = full
    ? 'Browser storage is full, so nothing was saved and your library was left as it was. Delete or export old summaries to make room.'
    : `Browser storage refused the change (${detail}), so nothing was saved and your library was left as it was.`;
  return new StorageWriteError(message, { cause: e });
}

/** Run one storage write; on failure, throw a clear StorageWriteError (the data stays as it was). */
export async function guardedWrite(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    throw storageWriteError(e);
  }
}
