/**
 * The popup's frame around its parts, and the card's loading line: shared by App.tsx and the plain-DOM first
 * frame (first-frame.ts), which Preact hydrates, so both must build the same nodes.
 */
import { t } from '../platform/i18n.ts';
import type { Child, H } from './dom-h.ts';

export function shellMarkup<N>(h: H<N>, ...parts: Child<N>[]): N {
  return h('main', { class: 'np-popup' }, ...parts);
}

/** Shown until the current tab's card or the reason there is none arrives. `text`: a UI string by key (t()). */
export function loadingMarkup<N>(h: H<N>, text: (key: string) => string = t): N {
  return h('p', { class: 'np-loading', role: 'status' }, text('popup_loading'));
}
