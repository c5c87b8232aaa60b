import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestFor } from './manifest.ts';
import { CONTENT_SCRIPT_FILES } from '../src/tabs/content-script-files.ts';

const root = resolve(import.meta.dirname, '..');
const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

describe('generated manifests', () => {
  const chrome = manifestFor(source, 'chrome', version);
  const firefox = manifestFor(source, 'firefox', version);

  // A change to either manifest must be a deliberate snapshot update (`npx vitest run scripts -u`).
  test('chrome manifest snapshot', () => {
    expect(chrome).toMatchSnapshot();
  });
  test('firefox manifest snapshot', () => {
    expect(firefox).toMatchSnapshot();
  });
  test('the content script files are the ones the background injects, in the same order', () => {
    for (const m of [chrome, firefox]) expect((m.content_scripts as { js: string[] }[])[0]!.js).toEqual(CONTENT_SCRIPT_FILES);
  });

  test('chrome: service worker only, no Firefox-only keys', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  test('firefox: event page scripts, fixed gecko id, MV3 minimum and no data collection', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox).toMatchObject({
      manifest_version: 3,
      browser_specific_settings: {
        gecko: { id: 'nutgraf@nutgraf.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      },
    });
  });

  test.each([
    ['chrome', chrome],
    ['firefox', firefox],
  ])('%s: version from package.json, source manifest left untouched', (_name, manifest) => {
    expect(manifest.version).toBe(version);
    expect(source.background).toHaveProperty('service_worker');
    expect(source.background).toHaveProperty('scripts');
  });
});
