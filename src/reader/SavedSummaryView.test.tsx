// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import { makeInput } from '../storage/test-summary.ts';
import { useMessages } from '../ui/test/use-messages.ts';
import { SavedSummaryView } from './SavedSummaryView.tsx';

let root: HTMLElement;
const saved = { ...makeInput(1, { note: 'mine' }), id: 'abc', savedAt: '2026-01-02T00:00:00.000Z', tags: [] };
const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => root.remove());

test('shows the saved summary with its card', async () => {
  await act(() => render(<SavedSummaryView id="abc" load={async () => [saved]} />, root));
  await flush();
  expect(root.querySelector('h1')!.textContent).toBe('Story number 1');
  expect(root.querySelector('[data-fact="tldr"]')).not.toBeNull();
  expect(root.textContent).toContain('mine');
});

test('without an id, or an unknown one, explains how to open the reader', async () => {
  await act(() => render(<SavedSummaryView id="nope" load={async () => [saved]} />, root));
  await flush();
  expect(root.textContent).toContain('Open the reader view from a page');
});
