import { describe, expect, test } from 'vitest';
import { faultsIn, parseFaultLine } from './page-faults.ts';

describe('parseFaultLine', () => {
  test.each([
    ['  5192  16668.926832: ', { pid: 5192, t: 16668926832 }],
    ['5238 16668.101338:', { pid: 5238, t: 16668101338 }],
    ['perf: no samples', null],
    ['', null],
  ])('%j → %j', (line, want) => {
    const got = parseFaultLine(line);
    if (want === null) expect(got).toBeNull();
    else {
      expect(got?.pid).toBe(want.pid);
      expect(got?.t).toBeCloseTo(want.t, 0);
    }
  });
});

test('faultsIn counts one process inside the span, ends included', () => {
  const log = { byPid: new Map([[7, [10, 20, 30, 40]], [8, [25]]]) };
  expect(faultsIn(log, 7, 20, 30)).toBe(2);
  expect(faultsIn(log, 8, 20, 30)).toBe(1);
  expect(faultsIn(log, 9, 0, 100)).toBe(0);
});
