import { sendMessage } from '../messaging/index.ts';

/**
 * A part of the extension that the background injects into this frame on first use (pipeline.js, reader.js):
 * its registered entry, asking for the injection once. executeScript resolves after the script ran, so the
 * entry is registered by then. A failed load may be retried.
 */
export function injectOnce<T>(message: 'loadPipeline' | 'loadReader', file: string, get: () => T | undefined): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    const ready = get();
    if (ready) return Promise.resolve(ready);
    loading ??= sendMessage(message)
      .then(() => {
        const entry = get();
        if (!entry) throw new Error(`${file} did not register its entry`);
        return entry;
      })
      .finally(() => {
        // Once registered, the global entry is the cache.
        loading = null;
      });
    return loading;
  };
}
