import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterPaint } from './after-paint.ts';

describe('afterPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test.each([
    ['a frame comes', true],
    ['no frame comes (hidden page)', false],
  ])('runs exactly once when %s', (_, frameComes) => {
    let frame: FrameRequestCallback | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => ((frame = cb), 1));
    vi.stubGlobal('cancelAnimationFrame', () => (frame = undefined));
    const run = vi.fn();
    afterPaint(run, 100);
    if (frameComes) frame?.(0);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(frameComes ? 1 : 0);
    vi.advanceTimersByTime(200);
    frame?.(0);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('without rAF it runs on the next turn', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const run = vi.fn();
    afterPaint(run);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('cancelled, it never runs', () => {
    const run = vi.fn();
    afterPaint(run)();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });
});
