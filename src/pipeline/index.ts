/**
 * pipeline.js: injected by the background (scripting.executeScript) into the content script's isolated
 * world, with facts.js beside it, only on news pages or when the user asks. It registers its entry for
 * content.js to call.
 */
import { createPipeline } from './create-pipeline.ts';
import { PIPELINE_KEY } from './entry.ts';
import { getFactsEntry } from './facts-entry.ts';
import { registerOnce } from '../content/world-global.ts';

registerOnce(PIPELINE_KEY, () =>
  createPipeline(() => {
    const facts = getFactsEntry();
    // Both files are injected before the content script calls the pipeline: a missing one is a broken build.
    if (!facts) throw new Error('facts.js did not register its entry');
    return facts;
  }),
);
