import { afterEach, describe, expect, test } from 'vitest';
import { isNewsPage } from '../core/detect/is-news-page.ts';
import { publishDetector, takeDetector } from './detector.ts';

describe('the detector hand-over between detect.js and content.js', () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).__nutgrafDetect);

  test('content.js takes what detect.js published', () => {
    publishDetector(isNewsPage);
    expect(takeDetector()).toBe(isNewsPage);
  });

  test.each([
    ['nothing published (detect.js did not run)', undefined],
    ['something else under the key', 'not a function'],
  ])('%s: null', (_why, value) => {
    (globalThis as Record<string, unknown>).__nutgrafDetect = value;
    expect(takeDetector()).toBeNull();
  });
});
