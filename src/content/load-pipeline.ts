import { getPipelineEntry, type PipelineEntry } from '../pipeline/entry.ts';
import { getFactsEntry } from '../pipeline/facts-entry.ts';
import { injectOnce } from './inject-once.ts';

/**
 * The pipeline entry once both of its scripts registered (pipeline.js and facts.js, injected together): after a
 * half-done injection, the next call injects both again rather than run a pipeline without its facts.
 */
export function pipelineReady(): PipelineEntry | undefined {
  return getFactsEntry() ? getPipelineEntry() : undefined;
}

/** The pipeline entry, asking the background to inject pipeline.js and facts.js into this frame the first time. */
export const loadPipeline: () => Promise<PipelineEntry> = injectOnce('loadPipeline', 'pipeline.js and facts.js', pipelineReady);
