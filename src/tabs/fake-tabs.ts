/**
 * Test helper: @webext-core/fake-browser has tabs but no scripting API. Installs a mocked
 * `scripting.executeScript` (reset before each test, with the browser) and opens fake tabs.
 */
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

/** Call at the top of a test file: resets the fake browser before each test and returns the executeScript mock. */
export function useFakeScripting() {
  const executeScript = vi.fn(async (): Promise<unknown[]> => []);
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript.mockReset();
    executeScript.mockImplementation(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  });
  return executeScript;
}

export async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}
