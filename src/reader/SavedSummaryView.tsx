/**
 * The standalone reader page: one saved summary from the library, readable offline and printable
 * (`reader/index.html?id=<id>`, linked from the library). The live-page reader is the overlay in
 * src/content/reader; this page needs no tab, so it works after the article is gone.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardState } from '../messaging/protocol.ts';
import type { SavedSummary } from '../storage/types.ts';
import { t } from '../platform/i18n.ts';
import { FactCard } from '../ui/FactCard.tsx';
import { formatDate } from '../library/format-date.ts';
import { errorMessage } from '../library/use-library.ts';

interface Props {
  id: string | null;
  load(): Promise<SavedSummary[]>;
  onReady?: () => void;
}

export const cardOf = (s: SavedSummary): CardState => ({
  facts: s.facts,
  verdict: { isNews: true, score: 1, reasons: ['saved'] },
  hidden: [],
  paywalled: s.facts.meta.paywalled,
});

export function SavedSummaryView({ id, load, onReady }: Props) {
  const [item, setItem] = useState<SavedSummary | null | undefined>(id ? undefined : null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!id) {
      onReady?.();
      return;
    }
    load()
      .then((all) => setItem(all.find((s) => s.id === id) ?? null), (e: unknown) => setError(errorMessage(e)))
      .finally(() => onReady?.());
  }, [id]);

  if (error) return <main><p role="alert">{error}</p></main>;
  if (item === undefined) return <main aria-busy="true" />;
  if (item === null) return <main><h1>{t('reader_region')}</h1><p>{t('reader_standalone')}</p></main>;
  return (
    <main lang={item.lang}>
      <p class="actions">
        <button type="button" data-action="print" onClick={() => window.print()}>{t('reader_print')}</button>
      </p>
      <h1>{item.title}</h1>
      <p class="meta">
        <a href={item.url} target="_blank" rel="noopener noreferrer">{item.site}</a>
        {item.published ? ` · ${t('library_published', formatDate(item.published))}` : ''}
        {` · ${t('library_savedOn', formatDate(item.savedAt))}`}
      </p>
      <FactCard state={cardOf(item)} defaultExpanded />
      {item.note && <p class="note">{item.note}</p>}
    </main>
  );
}
