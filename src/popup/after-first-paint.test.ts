import { afterEach, describe, expect, test, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint.ts';

type Entry = { name: string };
let report: ((entries: Entry[]) => void) | undefined;
let observed: unknown;
class FakeObserver {
  constructor(private cb: (list: { getEntriesByName(n: string): Entry[] }) => void) {
    report = (entries) => this.cb({ getEntriesByName: (n) => entries.filter((e) => e.name === n) });
  }
  observe(opts: unknown) {
    observed = opts;
  }
  disconnect() {
    report = undefined;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  report = undefined;
});

describe('afterFirstPaint', () => {
  test.each<[string, Entry[], boolean]>([
    ['first-contentful-paint reported', [{ name: 'first-paint' }, { name: 'first-contentful-paint' }], true],
    ['only first-paint (nothing contentful yet)', [{ name: 'first-paint' }], false],
  ])('%s → resolved: %s', async (_, entries, resolved) => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    let done = false;
    void afterFirstPaint(1000).then(() => (done = true));
    expect(observed).toEqual({ type: 'paint', buffered: true });
    report!(entries);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(resolved);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(true);
  });

  test('without paint timing the fallback resolves it', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    let done = false;
    void afterFirstPaint(200).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
