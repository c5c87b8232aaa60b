/**
 * The contract between pipeline.js and facts.js, the fact extraction (with chrono's date parsers, over half of
 * the code a news page loads). The background injects the two files as two scripts (handlers/load-pipeline.ts):
 * compiling and setting up all of it in one script was the longest task of a news pass on the page's main
 * thread. facts.js registers its entry on globalThis under FACTS_KEY; types and one constant only here.
 */
import type { factSteps } from '../core/facts/extract-facts.ts';
import { readWorldGlobal } from '../content/world-global.ts';

export const FACTS_KEY = '__nutgrafFacts';

export interface FactsEntry {
  factSteps: typeof factSteps;
}

export function getFactsEntry(): FactsEntry | undefined {
  return readWorldGlobal<FactsEntry>(FACTS_KEY);
}
