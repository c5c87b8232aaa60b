import { sendToTab } from '../messaging/index.ts';
import type { TabCardResult } from '../messaging/protocol.ts';
import browser from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { isRestrictedUrl } from './restricted-url.ts';
import { withContentScript } from './with-content-script.ts';

/**
 * The card of a tab: its content script's, computed on demand (force) when it has none; a message when the tab
 * cannot run us. Called by the popup itself, not through the background: after a while without events Chrome has
 * stopped the service worker, and waking it only to relay this question cost the reader its start-up.
 */
export async function tabCard(tabId: number): Promise<TabCardResult> {
  const tab = await browser.tabs.get(tabId);
  if (isRestrictedUrl(tab.url)) return { ok: false, reason: 'restricted', message: t('error_restricted') };
  try {
    const card = await withContentScript(tabId, () => sendToTab(tabId, 'getCard', { force: true }));
    return card ? { ok: true, card } : { ok: false, reason: 'no-article', message: t('error_noArticle') };
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
    return { ok: false, reason: 'error', message: t('error_generic', cause) };
  }
}
