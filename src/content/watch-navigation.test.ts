// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchNavigation } from './watch-navigation.ts';

let controller: AbortController | undefined;
afterEach(() => {
  controller?.abort();
  history.replaceState(null, '', '/');
});

const start = (): ReturnType<typeof vi.fn> => {
  controller = new AbortController();
  const onChange = vi.fn();
  watchNavigation(controller.signal, onChange);
  return onChange;
};

describe('watchNavigation', () => {
  test('a pushState route change with a new title is reported once, after the page settled', async () => {
    const onChange = start();
    history.pushState(null, '', '/story-2');
    document.title = 'Story 2';
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 4000 });
    expect(String(onChange.mock.calls[0]?.[0])).toMatch(/\/story-2$/);
  });

  test('popstate back to another URL is reported', async () => {
    history.pushState(null, '', '/first');
    const onChange = start();
    history.replaceState(null, '', '/second');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 4000 });
  });

  test('hash-only changes (anchors in the same article) are ignored', async () => {
    const onChange = start();
    history.pushState(null, '', '#section-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.title = 'Same story';
    await new Promise((r) => setTimeout(r, 1200));
    expect(onChange).not.toHaveBeenCalled();
  });

  test('nothing after abort', async () => {
    const onChange = start();
    controller!.abort();
    history.pushState(null, '', '/story-3');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((r) => setTimeout(r, 1200));
    expect(onChange).not.toHaveBeenCalled();
  });
});
