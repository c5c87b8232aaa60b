/**
 * Talk to a tab's content script, injecting it (detect.js, content.js) first when nobody answers: tabs opened before
 * the extension was installed or updated have no (live) content script.
 */
import browser from '../platform/browser.ts';
import { CONTENT_SCRIPT_FILES } from './content-script-files.ts';

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|message port closed|No handler answered/i;

/** `beforeInject` runs only when nobody answered, before the content script is injected: it may throw to refuse. */
export async function withContentScript<T>(tabId: number, call: () => Promise<T>, beforeInject?: () => Promise<void>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (!(e instanceof Error) || !NO_RECEIVER.test(e.message)) throw e;
    await beforeInject?.();
    await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES });
    return call();
  }
}
