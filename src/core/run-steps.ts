/**
 * Work written as a generator that pauses (`yield`) between its steps, so a caller on a page's main thread can
 * let the page run between them (the pipeline does, see src/pipeline/create-pipeline.ts). Everyone else runs
 * it to the end in one go with `finishSteps`: the same result, without the pauses.
 */
export type Steps<T> = Generator<void, T, void>;

export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
