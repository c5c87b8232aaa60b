import browser from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { summarizeTab } from './summarize-tab.ts';

export const MENU_ID = 'nutgraf-summarize';

async function createMenu(): Promise<void> {
  // Menus persist across restarts; recreating on install/startup without removeAll would throw on a duplicate id.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menu_summarize'),
    contexts: ['page', 'selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

/** The "Summarize with Nutgraf" page context-menu entry. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu().catch(() => {}));
  browser.runtime.onStartup.addListener(() => void createMenu().catch(() => {}));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void summarizeTab(tab.id, tab.url).catch(() => {});
  });
}
