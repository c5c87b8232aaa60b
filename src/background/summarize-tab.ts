import { sendToTab } from '../messaging/index.ts';
import browser from '../platform/browser.ts';
import { isRestrictedUrl } from '../tabs/restricted-url.ts';
import { withContentScript } from '../tabs/with-content-script.ts';

/**
 * "Summarize with Nutgraf" from the context menu or the shortcut: open the popup where the browser allows
 * it, otherwise compute the card in the tab so the in-page card shows.
 * Call synchronously from the event listener: Firefox only opens the popup during the user action.
 */
export async function summarizeTab(tabId: number, url: string | undefined): Promise<void> {
  const openPopup = browser.action?.openPopup;
  if (typeof openPopup === 'function') {
    try {
      await openPopup.call(browser.action);
      return;
    } catch {
      // No user gesture, or no browser window with a toolbar: fall back to the in-page card.
    }
  }
  if (isRestrictedUrl(url)) return;
  await withContentScript(tabId, () => sendToTab(tabId, 'getCard', { force: true }));
}
