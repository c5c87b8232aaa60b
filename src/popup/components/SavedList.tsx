import type { SavedSummary } from '../../storage/types.ts';
import { t, uiLanguage } from '../../platform/i18n.ts';

/** The popup shows the newest few; the full library page has search and filters. */
const LIMIT = 30;

function savedDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}

export function SavedList({ items, onOpenLibrary }: { items: SavedSummary[]; onOpenLibrary: () => void }) {
  const locale = uiLanguage();
  return (
    <section class="np-saved" aria-labelledby="np-saved-title">
      <h2 id="np-saved-title">
        {t('popup_savedTitle')} <span class="np-count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p class="np-empty">{t('popup_savedEmpty')}</p>
      ) : (
        <ul>
          {items.slice(0, LIMIT).map((item) => (
            <li key={item.id} data-saved-item={item.id}>
              <a href={/^https?:\/\//i.test(item.url) ? item.url : undefined} target="_blank" rel="noreferrer" dir="auto">{item.title}</a>
              <span class="np-meta">
                {item.site} · {savedDate(item.savedAt, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="np-link" onClick={onOpenLibrary}>{t('popup_openLibrary')}</button>
    </section>
  );
}
