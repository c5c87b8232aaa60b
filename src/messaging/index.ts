/**
 * Typed messaging over ProtocolMap. One wire format: `{ nutgraf: name, data }` → `{ ok, value | error }`.
 * Errors are serialised across the boundary and re-thrown on the caller's side with the remote error as `cause`.
 */
import browser from '../platform/browser.ts';
import type { Runtime } from '../platform/browser.ts';
import type { BackgroundProtocol, ContentProtocol } from './protocol.ts';

type Fn = (data: never) => unknown;
type Data<P, K extends keyof P> = P[K] extends (data: infer D) => unknown ? D : never;
type Reply<P, K extends keyof P> = P[K] extends (data: never) => infer R ? R : never;
export type Handlers<P> = { [K in keyof P]?: (data: Data<P, K>, sender: Runtime.MessageSender) => Reply<P, K> | Promise<Reply<P, K>> };

interface Envelope { nutgraf: string; data: unknown }
type Answer = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && typeof (m as Envelope).nutgraf === 'string';
}

function unwrap(name: string, answer: unknown): unknown {
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) throw new Error(`No handler answered "${name}"`);
  const a = answer as Answer;
  if (a.ok) return a.value;
  const remote = Object.assign(new Error(a.error.message), { name: a.error.name });
  throw new Error(`${name} failed: ${a.error.message}`, { cause: remote });
}

/** Send to the background (or, from the background, to extension pages). */
export async function sendMessage<K extends keyof BackgroundProtocol & string>(
  name: K,
  ...[data]: Data<BackgroundProtocol, K> extends void ? [] : [Data<BackgroundProtocol, K>]
): Promise<Reply<BackgroundProtocol, K>> {
  return unwrap(name, await browser.runtime.sendMessage({ nutgraf: name, data })) as Reply<BackgroundProtocol, K>;
}

/** Send to the content script of a tab (top frame only). */
export async function sendToTab<K extends keyof ContentProtocol & string>(
  tabId: number,
  name: K,
  ...[data]: Data<ContentProtocol, K> extends void ? [] : [Data<ContentProtocol, K>]
): Promise<Reply<ContentProtocol, K>> {
  const answer = await browser.tabs.sendMessage(tabId, { nutgraf: name, data }, { frameId: 0 });
  return unwrap(name, answer) as Reply<ContentProtocol, K>;
}

/**
 * Register handlers for some messages of a protocol. Messages with no handler here are left for other
 * listeners (the listener returns undefined for them). Returns the function that unregisters.
 */
export function onMessage<P extends Record<keyof P, Fn>>(handlers: Handlers<P>): () => void {
  // The answer goes through sendResponse, with `true` returned to keep the channel open: the one form that
  // webextension-polyfill, Firefox's own `browser` and Chrome's own `chrome` all accept (the content script
  // runs on the browser's own API, without the polyfill: see src/platform/native-browser.ts).
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: Answer) => void): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = (handlers as Record<string, ((d: unknown, s: Runtime.MessageSender) => unknown) | undefined>)[message.nutgraf];
    if (!handler) return undefined;
    void Promise.resolve()
      .then(() => handler(message.data, sender))
      .then(
        (value): Answer => ({ ok: true, value }),
        (e: unknown): Answer => ({ ok: false, error: { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) } }),
      )
      .then(sendResponse);
    return true;
  };
  // undefined leaves a message to the other listeners; the polyfill's types only know `true` for this form.
  const registered = listener as Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(registered);
  return () => {
    try {
      browser.runtime.onMessage.removeListener(registered);
    } catch {
      // An orphaned content script (extension reloaded or updated) has no runtime left: nothing to undo,
      // and throwing here would surface from its abort handler as an uncaught error in the page.
    }
  };
}
