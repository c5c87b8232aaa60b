/**
 * Test helper: routes `runtime.sendMessage` and `tabs.sendMessage` to the registered listeners with the browsers'
 * semantics and a chosen sender. A listener answers either by returning `true` and calling `sendResponse` (the
 * form our onMessage uses: it works on the polyfill and on both browsers' own APIs) or by returning a Promise
 * (the polyfill's and Firefox's other form).
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from '../platform/browser.ts';

type Trigger = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void) => Promise<unknown[]>;

async function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const trigger = (fakeBrowser.runtime.onMessage as unknown as { trigger: Trigger }).trigger;
  let respond: (answer: unknown) => void = () => {};
  const responded = new Promise<unknown>((resolve) => (respond = resolve));
  const answers = await trigger(structuredClone(message), sender, (a) => respond(a));
  const answer = answers.includes(true) ? await responded : answers.find((a) => a !== undefined);
  if (answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
  return structuredClone(answer);
}

/** Route runtime messages as if sent from `sender` (a tab, or an extension page). */
export function routeRuntimeMessages(sender: Runtime.MessageSender): void {
  fakeBrowser.runtime.sendMessage = ((message: unknown) => dispatch(message, sender)) as typeof fakeBrowser.runtime.sendMessage;
}

/** Route tab messages to the same listeners (the content script lives in the same test), as from the background. */
export function routeTabMessages(receiver: (tabId: number) => boolean = () => true): void {
  fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
    if (!receiver(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return dispatch(message, { id: fakeBrowser.runtime.id });
  }) as typeof fakeBrowser.tabs.sendMessage;
}

export const EXTENSION_PAGE_SENDER: Runtime.MessageSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup/index.html' };
export const tabSender = (tabId = 7, frameId = 0, url = 'https://news.example.test/story'): Runtime.MessageSender => ({
  id: 'test-extension-id',
  url,
  frameId,
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url, windowId: 1 },
});
