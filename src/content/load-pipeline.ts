import { getPipelineEntry, type PipelineEntry } from '../pipeline/entry.ts';
import { injectOnce } from './inject-once.ts';

/** The pipeline entry, asking the background to inject pipeline.js into this frame the first time. */
export const loadPipeline: () => Promise<PipelineEntry> = injectOnce('loadPipeline', 'pipeline.js', getPipelineEntry);
