import { h, type ComponentChildren, type VNode } from 'preact';
import type { H } from '../dom-h.ts';
import { savedListMarkup, type SavedListProps } from './saved-list-markup.ts';

export { FIRST_FRAME_ROWS, SAVED_LIST_LIMIT } from './saved-list-markup.ts';

/** Preact's `h` in the shape the shared markup functions take (their props are plain attribute records). */
export const preactH: H<VNode> = (tag, props, ...children) => h(tag, props as never, ...(children as ComponentChildren[]));

/** The newest saved summaries; the markup is shared with the plain-DOM first frame (saved-list-markup.ts). */
export function SavedList(props: SavedListProps) {
  return savedListMarkup(preactH, props);
}
