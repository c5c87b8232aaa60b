import type { CatalogueRow } from '../../storage/catalogue.ts';
import { t } from '../../platform/i18n.ts';
import { MIRROR_ROWS } from '../../storage/recent-mirror.ts';
// One cached Intl formatter: `toLocaleDateString` with options builds a new one per call, and 30 of those
// were the largest piece of the popup's first paint (~40 ms of a traced run at load 15).
import { formatDate } from '../../library/format-date.ts';

/** The popup shows the newest few (catalogue rows only); the full library page has search and filters. */
export const SAVED_LIST_LIMIT = 30;
/**
 * Rows in the popup's first frame: more than its list box shows (220px high, a row is 46px or more), so the first
 * frame looks the same as with all of them; the rest, below the fold, come a frame later. The localStorage copy
 * of the list (recent-mirror.ts) holds as many.
 */
export const FIRST_FRAME_ROWS = MIRROR_ROWS;

type SavedRow = Pick<CatalogueRow, 'id' | 'url' | 'title' | 'site' | 'savedAt'>;

export function SavedList({
  items,
  total = items.length,
  limit = SAVED_LIST_LIMIT,
  onOpenLibrary,
}: {
  items: SavedRow[];
  total?: number;
  /** Rows to show of `items` (never more than SAVED_LIST_LIMIT). */
  limit?: number;
  onOpenLibrary: () => void;
}) {
  return (
    <section class="np-saved" aria-labelledby="np-saved-title">
      <h2 id="np-saved-title">
        {t('popup_savedTitle')} <span class="np-count">{total}</span>
      </h2>
      {items.length === 0 ? (
        <p class="np-empty">{t('popup_savedEmpty')}</p>
      ) : (
        <ul>
          {items.slice(0, Math.min(limit, SAVED_LIST_LIMIT)).map((item) => (
            <li key={item.id} data-saved-item={item.id}>
              <a href={/^https?:\/\//i.test(item.url) ? item.url : undefined} target="_blank" rel="noreferrer" dir="auto">{item.title}</a>
              <span class="np-meta">
                {item.site} · {formatDate(item.savedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="np-link" onClick={onOpenLibrary}>{t('popup_openLibrary')}</button>
    </section>
  );
}
