import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { t, uiLanguage } from './i18n.ts';

describe('t', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  test('returns the localized message with substitutions', () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | Array<string | number>) =>
      key === 'card_readingTime' ? `${String(subs)} min read` : '');
    expect(t('card_readingTime', 4)).toBe('4 min read');
    expect(spy).toHaveBeenCalledWith('card_readingTime', '4');
    expect(t('card_dateHalf', [2, 2026])).toBe('card_dateHalf');
    expect(spy).toHaveBeenLastCalledWith('card_dateHalf', ['2', '2026']);
  });

  test.each([
    ['empty message', () => ''],
    ['throwing i18n', () => { throw new Error('not mocked'); }],
  ])('falls back to the key on %s', (_name, impl) => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(impl);
    expect(t('card_save')).toBe('card_save');
  });

  test('uiLanguage falls back to navigator.language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => { throw new Error('no'); });
    expect(uiLanguage()).toMatch(/^[a-z]{2}/);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr');
    expect(uiLanguage()).toBe('fr');
  });
});
