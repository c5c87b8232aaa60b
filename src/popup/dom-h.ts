/**
 * A hyperscript that builds DOM nodes straight away, for the popup's first frame (first-frame.ts): the same
 * markup functions feed it and Preact's `h`, so the list is written once and Preact can hydrate what this built.
 * Text goes in as text nodes, never as HTML. Event handlers and `key` are Preact's business: left out here (the
 * first frame's button answers once Preact has taken over, a frame later).
 */
export type Child<N> = N | string | number | boolean | null | undefined | Child<N>[];
/** `h(tag, props, ...children)`: Preact's `h` (for vnodes) or `domH` (for elements). */
export type H<N> = (tag: string, props: Record<string, unknown> | null, ...children: Child<N>[]) => N;

function append(parent: Element, child: Child<Node>): void {
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else if (typeof child === 'string' || typeof child === 'number') parent.append(document.createTextNode(String(child)));
  // null, undefined and booleans render nothing, as in Preact.
  else if (child != null && typeof child !== 'boolean') parent.append(child);
}

/** An element with `props` as attributes (null, undefined, false and functions left out; `true` as ""). */
export const domH: H<Node> = (tag, props, ...children) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (name === 'key' || value == null || value === false || typeof value === 'function') continue;
    el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
};
