/**
 * A promise queue: tasks run one after the other, in call order, whatever each one's outcome.
 * The background is the single writer of the library; every read-modify-write goes through one queue,
 * so ten tabs saving at the same moment store ten summaries instead of overwriting each other.
 */
export type SerialQueue = <T>(task: () => Promise<T> | T) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T> | T): Promise<T> => {
    const run = tail.then(task);
    // The next task waits for this one to settle, not to succeed: one failed save must not block the rest.
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}
