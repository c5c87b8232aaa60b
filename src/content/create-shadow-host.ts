/**
 * A host element named `tagName` with an open shadow root. A page may define that custom element itself and
 * take the shadow root in its constructor (or throw there): then a plain <div>, whose name no page can define,
 * is the host.
 */
export function createShadowHost(doc: Document, tagName: string): { host: HTMLElement; shadow: ShadowRoot } {
  try {
    const host = doc.createElement(tagName);
    return { host, shadow: host.attachShadow({ mode: 'open' }) };
  } catch {
    const host = doc.createElement('div');
    return { host, shadow: host.attachShadow({ mode: 'open' }) };
  }
}
