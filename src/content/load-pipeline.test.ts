import { afterEach, expect, test } from 'vitest';
import { PIPELINE_KEY, type PipelineEntry } from '../pipeline/entry.ts';
import { FACTS_KEY } from '../pipeline/facts-entry.ts';
import { pipelineReady } from './load-pipeline.ts';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g[PIPELINE_KEY];
  delete g[FACTS_KEY];
});

test('the pipeline counts as loaded only once both of its scripts registered', () => {
  const entry = {} as PipelineEntry;
  expect(pipelineReady()).toBeUndefined();
  g[PIPELINE_KEY] = entry;
  expect(pipelineReady()).toBeUndefined(); // facts.js missing: inject both again
  g[FACTS_KEY] = { factSteps: () => undefined };
  expect(pipelineReady()).toBe(entry);
});
