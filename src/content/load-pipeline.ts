import { sendMessage } from '../messaging/index.ts';
import { getPipelineEntry, type PipelineEntry } from '../pipeline/entry.ts';

let loading: Promise<PipelineEntry> | null = null;

/**
 * The pipeline entry, asking the background to inject pipeline.js into this frame the first time.
 * executeScript resolves after the script ran, so the entry is registered by then.
 */
export function loadPipeline(): Promise<PipelineEntry> {
  const ready = getPipelineEntry();
  if (ready) return Promise.resolve(ready);
  loading ??= sendMessage('loadPipeline')
    .then(() => {
      const entry = getPipelineEntry();
      if (!entry) throw new Error('pipeline.js did not register its entry');
      return entry;
    })
    .finally(() => {
      // Once registered, the global entry is the cache; a failed load may be retried.
      loading = null;
    });
  return loading;
}
