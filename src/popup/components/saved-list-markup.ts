/**
 * The popup's saved list, written once for both renderers: Preact (SavedList.tsx) and the plain-DOM first
 * frame (first-frame.ts, hydrated by Preact afterwards), so the two cannot drift apart.
 */
import type { CatalogueRow } from '../../storage/catalogue.ts';
import { t } from '../../platform/i18n.ts';
import { MIRROR_ROWS } from '../../storage/recent-mirror.ts';
// One cached Intl formatter: `toLocaleDateString` with options builds a new one per call, and 30 of those
// were the largest piece of the popup's first paint (~40 ms of a traced run at load 15).
import { formatDate } from '../../library/format-date.ts';
import type { H } from '../dom-h.ts';

/** The popup shows the newest few (catalogue rows only); the full library page has search and filters. */
export const SAVED_LIST_LIMIT = 30;
/**
 * Rows in the popup's first frame: more than its list box shows (220px high, a row is 46px or more), so the first
 * frame looks the same as with all of them; the rest, below the fold, come a frame later. The localStorage copy
 * of the list (recent-mirror.ts) holds as many.
 */
export const FIRST_FRAME_ROWS = MIRROR_ROWS;

export type SavedRow = Pick<CatalogueRow, 'id' | 'url' | 'title' | 'site' | 'savedAt'>;

export interface SavedListProps {
  items: SavedRow[];
  total?: number;
  /** Rows to show of `items` (never more than SAVED_LIST_LIMIT). */
  limit?: number;
  onOpenLibrary: () => void;
  /** A row's date as text; formatDate unless given (the first frame passes the texts the last open showed). */
  dateText?: (iso: string) => string;
  /** A UI string by its message key; t() unless given (the first frame passes the texts the last open showed). */
  text?: (key: string) => string;
}

export function savedListMarkup<N>(h: H<N>, { items, total = items.length, limit = SAVED_LIST_LIMIT, onOpenLibrary, dateText = formatDate, text = t }: SavedListProps): N {
  return h(
    'section',
    { class: 'np-saved', 'aria-labelledby': 'np-saved-title' },
    h('h2', { id: 'np-saved-title' }, text('popup_savedTitle'), ' ', h('span', { class: 'np-count' }, total)),
    items.length === 0
      ? h('p', { class: 'np-empty' }, text('popup_savedEmpty'))
      : h(
          'ul',
          null,
          items.slice(0, Math.min(limit, SAVED_LIST_LIMIT)).map((item) =>
            h(
              'li',
              { key: item.id, 'data-saved-item': item.id },
              h('a', { href: /^https?:\/\//i.test(item.url) ? item.url : undefined, target: '_blank', rel: 'noreferrer', dir: 'auto' }, item.title),
              h('span', { class: 'np-meta' }, item.site, ' · ', dateText(item.savedAt)),
            ),
          ),
        ),
    h('button', { type: 'button', class: 'np-link', onClick: onOpenLibrary }, text('popup_openLibrary')),
  );
}
