import browser from '../platform/browser.ts';
import type { Tabs } from '../platform/browser.ts';
import { toggleTabReader } from './handlers/open-reader.ts';
import { summarizeTab } from './summarize-tab.ts';

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Run a keyboard command on a tab; exported for tests. */
export function runCommand(command: string, tab: Tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return Promise.resolve();
  if (command === 'summarize-page') return summarizeTab(tabId, tab.url);
  if (command === 'toggle-reader') return toggleTabReader(tabId);
  return Promise.resolve();
}

/** The manifest's `commands`: summarize-page and toggle-reader. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    // Chrome and Firefox pass the active tab; older versions do not.
    const run = tab ? runCommand(command, tab) : activeTab().then((t) => (t ? runCommand(command, t) : undefined));
    void run.catch(() => {});
  });
}
