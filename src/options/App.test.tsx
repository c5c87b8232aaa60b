// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import { getSettings, updateSettings } from '../storage/settings.ts';
import { settingsToJson } from '../storage/settings-file.ts';
import { DEFAULT_SETTINGS } from '../storage/items.ts';
import { useMessages } from '../ui/test/use-messages.ts';
import { App } from './App.tsx';
import type { SettingsClient } from './settings-client.ts';

let root: HTMLElement;
// A client over the real storage module (fake browser): what the background would do.
const client: SettingsClient = { get: getSettings, update: updateSettings };
const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
async function change(sel: string, set: (el: HTMLInputElement & HTMLSelectElement) => void, event = 'change') {
  const el = $<HTMLInputElement & HTMLSelectElement>(sel);
  set(el);
  await act(() => { el.dispatchEvent(new Event(event, { bubbles: true })); });
  await flush();
}

beforeEach(async () => {
  fakeBrowser.reset();
  useMessages('en');
  root = document.createElement('div');
  document.body.append(root);
  const ready = vi.fn();
  await act(() => render(<App client={client} onReady={ready} />, root));
  await flush();
  expect(ready).toHaveBeenCalled();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

test('shows the defaults and saves each change at once', async () => {
  expect($<HTMLInputElement>('[data-field="enabled"]').checked).toBe(true);
  await change('[data-field="enabled"]', (el) => (el.checked = false));
  await change('[data-field="hideUpsells"]', (el) => (el.checked = false));
  await change('[data-field="cardPosition"]', (el) => (el.value = 'bottom-right'));
  await change('[data-field="cardDensity"]', (el) => (el.value = 'expanded'));
  await change('[data-field="theme"]', (el) => (el.value = 'sepia'));
  await change('[data-field="font"]', (el) => (el.value = 'sans'));
  await change('[data-field="fontSize"]', (el) => (el.value = '24'));
  await change('[data-field="lineWidth"]', (el) => (el.value = '80'));
  expect(await getSettings()).toEqual({
    ...DEFAULT_SETTINGS,
    enabled: false,
    hideUpsells: false,
    cardPosition: 'bottom-right',
    cardDensity: 'expanded',
    reader: { theme: 'sepia', font: 'sans', fontSize: 24, lineWidth: 80 },
  });
  expect($('[data-status]').textContent).toBe('Saved.');
  expect(root.textContent).toContain('Text size (24 px)');
});

test('adds and removes site rules; refuses a bad site name', async () => {
  await change('[data-field="rule-site"]', (el) => (el.value = 'https://www.Example.com/news'), 'input');
  await change('[data-field="rule-kind"]', (el) => (el.value = 'always'));
  await act(() => { $('[data-action="add-rule"]').click(); });
  await flush();
  expect((await getSettings()).siteRules).toEqual({ 'example.com': 'always' });
  expect($('[data-rule="example.com"]').textContent).toContain('Always');

  await change('[data-field="rule-site"]', (el) => (el.value = 'not a site'), 'input');
  await act(() => { $('[data-action="add-rule"]').click(); });
  await flush();
  expect($('[role="alert"]').textContent).toContain('not a valid site name');

  await act(() => { $('[data-action="remove-rule"]').click(); });
  await flush();
  expect((await getSettings()).siteRules).toEqual({});
});

async function importText(text: string) {
  const input = $<HTMLInputElement>('[data-action="import-settings"]');
  Object.defineProperty(input, 'files', { value: [new File([text], 's.json')], configurable: true });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await flush();
  await flush();
}

test('imports a settings file', async () => {
  await importText(settingsToJson({ ...DEFAULT_SETTINGS, hideUpsells: false, siteRules: { 'a.com': 'never' } }));
  expect(await getSettings()).toMatchObject({ hideUpsells: false, siteRules: { 'a.com': 'never' } });
  expect($<HTMLInputElement>('[data-field="hideUpsells"]').checked).toBe(false);
});

test('a bad settings file changes nothing and says why', async () => {
  await importText('{"format":"nutgraf-settings","version":2,"settings":{"cardPosition":"left"}}');
  expect($('[data-error]').textContent).toMatch(/Settings were not changed: .*cardPosition/);
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
});
