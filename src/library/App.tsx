/**
 * The full-page library: every saved summary, newest first, with search, filters, undo, notes and transfer.
 * It paints and searches from the catalogue (compact rows); a full summary is read when its row is opened.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RecentSummaries, SavedSummary } from '../storage/types.ts';
import type { CatalogueRow } from '../storage/catalogue.ts';
import { t } from '../platform/i18n.ts';
import type { LibraryClient } from './library-client.ts';
import { LibraryToolbar } from './LibraryToolbar.tsx';
import { SummaryItem } from './SummaryItem.tsx';
import { TransferBar } from './TransferBar.tsx';
import { errorMessage, useLibrary } from './use-library.ts';

/** Rendering 10,000 articles at once would take seconds; show pages of this many. */
export const PAGE_SIZE = 50;

interface Props {
  client: LibraryClient;
  /** Called once the first real state (list or error) is on screen. */
  onReady?: () => void;
  /** The catalogue's head, when main.tsx started reading it before the first render. */
  initialHead?: Promise<RecentSummaries | null>;
}

export function App({ client, onReady, initialHead }: Props) {
  const lib = useLibrary(client, initialHead);
  const [query, setQuery] = useState('');
  const [site, setSite] = useState('');
  const [lang, setLang] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<SavedSummary[] | null>(null);

  const results = useMemo(() => lib.index.search(query, { site, lang }), [lib.index, query, site, lang]);
  const loaded = lib.items !== null;
  useEffect(() => {
    if (loaded) onReady?.();
  }, [loaded]);
  useEffect(() => setLimit(PAGE_SIZE), [query, site, lang]);

  const remove = async (list: CatalogueRow[]) => {
    try {
      const gone = await lib.remove(list.map((s) => s.id));
      setUndo(gone);
      setStatus(t('library_deleted', gone.length));
    } catch (e) {
      setStatus(errorMessage(e));
    }
  };
  const restore = async () => {
    if (!undo) return;
    try {
      await lib.restore(undo);
      setStatus(t('library_restored', undo.length));
      setUndo(null);
    } catch (e) {
      setStatus(errorMessage(e));
    }
  };

  const items = lib.items ?? [];
  const shown = results.slice(0, limit);
  // Rows a narrower search no longer needs stay mounted, hidden, up to a page: the next broad search refills
  // them instead of building them again (a search going from 1 result to 50 was the slow case).
  const pool = useRef<CatalogueRow[]>([]);
  const rows = shown.length >= Math.min(pool.current.length, PAGE_SIZE)
    ? shown
    : [...shown, ...pool.current.slice(shown.length, PAGE_SIZE)];
  pool.current = rows;
  const filtered = query !== '' || site !== '' || lang !== '';
  // Until the whole catalogue is read (just after first paint) only its head is listed: count from the total.
  const more = Math.max(results.length, filtered ? 0 : lib.total) - limit;
  return (
    <>
      <header>
        <h1>{t('library_title')}</h1>
        <p class="count" data-count={lib.total}>{t('library_count', lib.total)}</p>
        <TransferBar client={client} importText={lib.importText} onStatus={setStatus} />
      </header>
      <main>
        <LibraryToolbar items={items} query={query} site={site} lang={lang} onQuery={setQuery} onSite={setSite} onLang={setLang} />
        <div class="live" role="status" aria-live="polite">
          {status}
          {undo && (
            <button type="button" data-action="undo" onClick={() => void restore()}>{t('library_undo')}</button>
          )}
        </div>
        {lib.loadError && <p role="alert" class="error">{t('library_loadFailed', lib.loadError)}</p>}
        {loaded && items.length === 0 && <p class="empty">{t('library_empty')}</p>}
        {loaded && items.length > 0 && (
          <p class="results" data-results={results.length}>
            {filtered ? t('library_results', results.length) : ''}
            {filtered && results.length > 0 && (
              <button type="button" class="danger" data-action="delete-shown" onClick={() => void remove(results)}>
                {t('library_deleteShown', results.length)}
              </button>
            )}
          </p>
        )}
        <div class="list">
          {/* Keyed by position, not id: a new search then updates the rows' text in place instead of removing 50
              articles and building 50 new ones (DOM removal and insertion were most of a search's time). Each row
              keys its own opened part by id, so nothing opened follows a position to another summary. */}
          {rows.map((item, i) => (
            <SummaryItem key={i} row={i} hidden={i >= shown.length} item={item} load={client.get} onDelete={(s) => void remove([s])} onEdit={lib.edit} />
          ))}
        </div>
        {more > 0 && (
          <button type="button" data-action="more" onClick={() => setLimit(limit + PAGE_SIZE * 4)}>
            {t('library_showMore', more)}
          </button>
        )}
      </main>
    </>
  );
}
