/**
 * pipeline.js: injected by the background (scripting.executeScript) into the content script's isolated
 * world, with facts.js beside it, only on news pages or when the user asks. It registers its entry for
 * content.js to call.
 */
import { createPipeline } from './create-pipeline.ts';
import { PIPELINE_KEY } from './entry.ts';
import { getFactsEntry } from './facts-entry.ts';

const g = globalThis as Record<string, unknown>;
// Injected twice (two quick requests): keep the first entry, it holds the live card and hidden blocks.
g[PIPELINE_KEY] ??= createPipeline(() => {
  const facts = getFactsEntry();
  // Both files are injected before the content script calls the pipeline: a missing one is a broken build.
  if (!facts) throw new Error('facts.js did not register its entry');
  return facts;
});
