import { expect, test } from 'vitest';
import { parseSettingsFile, settingsToJson } from './settings-file.ts';
import { DEFAULT_SETTINGS } from './items.ts';
import type { Settings } from './types.ts';

const custom: Settings = { ...DEFAULT_SETTINGS, enabled: false, siteRules: { 'example.com': 'never' }, reader: { theme: 'sepia', font: 'sans', fontSize: 22, lineWidth: 60 } };

test('round-trips', () => {
  expect(parseSettingsFile(settingsToJson(custom))).toEqual(custom);
});

test('reads a v1 file', () => {
  const v1 = JSON.stringify({ format: 'nutgraf-settings', version: 1, settings: { auto: false, hideUpsells: true } });
  expect(parseSettingsFile(v1)).toEqual({ enabled: false, hideUpsells: true });
});

test.each([
  ['truncated', settingsToJson(custom).slice(0, 40), /not valid JSON/],
  ['foreign', '{"theme":"dark"}', /not a Nutgraf settings/],
  ['library file', '{"format":"nutgraf-library","version":2,"items":[]}', /not a Nutgraf settings/],
  ['newer', settingsToJson(custom).replace('"version": 2', '"version": 7'), /newer/],
  ['bad value', settingsToJson(custom).replace('"sepia"', '"neon"'), /theme/],
  ['unknown key', JSON.stringify({ format: 'nutgraf-settings', version: 2, settings: { evil: 1 } }), /Unknown setting/],
  ['oversized', ' '.repeat(2 * 1024 * 1024), /too large/],
])('rejects a %s file', (_n, text, message) => {
  expect(() => parseSettingsFile(text)).toThrow(message);
});
