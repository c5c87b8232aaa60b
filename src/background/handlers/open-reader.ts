import { sendToTab } from '../../messaging/index.ts';
import browser from '../../platform/browser.ts';
import type { Runtime } from '../../platform/browser.ts';
import { isRestrictedUrl } from '../../tabs/restricted-url.ts';
import { isExtensionPage, requireSender } from '../senders.ts';
import { withContentScript } from '../../tabs/with-content-script.ts';

/** Toggle the reader view in a tab (the overlay is LIBRARY's; the content script hosts it). */
export async function toggleTabReader(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  if (isRestrictedUrl(tab.url)) throw new Error('Reader view cannot run on this page.');
  await withContentScript(tabId, () => sendToTab(tabId, 'toggleReader'));
}

export async function openReader({ tabId }: { tabId: number }, sender: Runtime.MessageSender): Promise<void> {
  requireSender(isExtensionPage(sender), 'openReader');
  await toggleTabReader(tabId);
}
