/**
 * facts.js: injected by the background beside pipeline.js (facts-entry.ts says why it is a file of its own).
 * It registers its entry for pipeline.js to call.
 */
import { factSteps } from '../core/facts/extract-facts.ts';
import { FACTS_KEY, type FactsEntry } from './facts-entry.ts';
import { registerOnce } from '../content/world-global.ts';

registerOnce(FACTS_KEY, () => ({ factSteps }) satisfies FactsEntry);
