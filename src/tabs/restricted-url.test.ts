import { describe, expect, test } from 'vitest';
import { isRestrictedUrl } from './restricted-url.ts';

describe('isRestrictedUrl', () => {
  test.each([
    'chrome://extensions/',
    'chrome://newtab/',
    'about:blank',
    'about:addons',
    'moz-extension://1234/popup/index.html',
    'chrome-extension://abcd/popup/index.html',
    'view-source:https://example.com/',
    'file:///home/me/doc.html',
    'edge://settings',
    'https://chrome.google.com/webstore/detail/x/abc',
    'https://chromewebstore.google.com/detail/x/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'https://example.com/report.pdf',
    'https://example.com/REPORT.PDF',
    '',
    undefined,
  ])('%s → restricted', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  test.each([
    'https://www.numerama.com/tech/story.html',
    'http://127.0.0.1:8080/seed.html',
    'https://chrome.google.com/search?q=webstore',
    'https://example.com/pdf-guide.html',
    'https://addons.mozilla.org.evil.test/',
  ])('%s → allowed', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});
