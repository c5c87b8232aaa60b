import { useEffect, useState } from 'preact/hooks';
import type { SavedSummary } from '../storage/types.ts';
import type { CatalogueRow } from '../storage/catalogue.ts';
import { t } from '../platform/i18n.ts';
import { formatDate, languageName } from './format-date.ts';
import { errorMessage } from './use-library.ts';

interface Props {
  item: CatalogueRow;
  /** Position in the list: rows are keyed (and their element ids made) by position, see App.tsx. */
  row: number;
  /** A pooled row the current search does not use: kept mounted, out of view and out of the list. */
  hidden?: boolean;
  /** Reads the full summary (facts, note, tags) when the row is opened. */
  load(id: string): Promise<SavedSummary | null>;
  onDelete(item: CatalogueRow): void;
  onEdit(item: SavedSummary, change: { note?: string; tags?: string[] }): Promise<SavedSummary>;
}

export const parseTags = (s: string): string[] => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))];

function FactList({ item }: { item: SavedSummary }) {
  const f = item.facts;
  const rows: [string, string[]][] = [
    [t('library_factWho'), f.parties.map((p) => p.name)],
    [t('library_factWhat'), f.event ? [f.event.label] : []],
    [t('library_factAmounts'), f.amounts.map((a) => a.text)],
    [t('library_factNumbers'), f.numbers.map((n) => n.text)],
    [t('library_factWhen'), f.dates.map((d) => d.text)],
    [t('library_factQuotes'), f.quotes.map((q) => `“${q.quote}” — ${q.speaker}`)],
  ];
  const shown = rows.filter(([, v]) => v.length);
  if (!shown.length) return null;
  return (
    <dl class="facts">
      {shown.map(([label, values]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{values.join(' · ')}</dd>
        </div>
      ))}
    </dl>
  );
}

function NoteEditor({ item, onEdit }: { item: SavedSummary; onEdit: Props['onEdit'] }) {
  const [note, setNote] = useState(item.note ?? '');
  const [tags, setTags] = useState(item.tags.join(', '));
  const [status, setStatus] = useState('');
  const id = `edit-${item.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await onEdit(item, { note, tags: parseTags(tags) });
      setStatus(t('library_noteSaved'));
    } catch (err) {
      setStatus(errorMessage(err));
    }
  };
  return (
    <form class="note" onSubmit={submit}>
      <label for={`${id}-note`}>{t('library_note')}</label>
      <textarea id={`${id}-note`} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} data-field="note" />
      <label for={`${id}-tags`}>{t('library_tags')}</label>
      <input id={`${id}-tags`} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} data-field="tags" />
      <button type="submit" data-action="save-note">{t('library_saveNote')}</button>
      <span role="status">{status}</span>
    </form>
  );
}

/** The opened part of a row: the full summary, read from storage only now. */
function Details({ id, load, onEdit }: Pick<Props, 'load' | 'onEdit'> & { id: string }) {
  const [full, setFull] = useState<SavedSummary | null | undefined>(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    load(id).then((s) => live && setFull(s), (e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [id, load]);
  if (error) return <p role="alert" class="error">{error}</p>;
  if (full === undefined) return <p role="status">…</p>;
  if (full === null) return null;
  return (
    <div class="details" data-full-item>
      <FactList item={full} />
      {full.tags.length > 0 && (
        <ul class="tags" aria-label={t('library_tagsList')}>
          {full.tags.map((tag) => <li key={tag}>{tag}</li>)}
        </ul>
      )}
      {full.note && <p class="note-text">{full.note}</p>}
      <NoteEditor item={full} onEdit={async (item, change) => {
        const saved = await onEdit(item, change);
        setFull(saved);
        return saved;
      }} />
    </div>
  );
}

/**
 * A row's meta line and delete label, once per catalogue row: a search re-renders up to 50 rows, and these
 * (a language name, two dates, two messages) were most of its script time. Rows are immutable (a change
 * brings a new row object), so a WeakMap entry never goes stale.
 */
const rowStrings = new WeakMap<CatalogueRow, { meta: string; deleteLabel: string }>();
function stringsOf(item: CatalogueRow): { meta: string; deleteLabel: string } {
  let s = rowStrings.get(item);
  if (!s) {
    const meta = [item.site, languageName(item.lang)];
    if (item.published) meta.push(t('library_published', formatDate(item.published)));
    meta.push(t('library_savedOn', formatDate(item.savedAt)));
    rowStrings.set(item, (s = { meta: meta.join(' · '), deleteLabel: t('library_deleteOne', item.title || item.url) }));
  }
  return s;
}

export function SummaryItem({ item, row, hidden = false, load, onDelete, onEdit }: Props) {
  // Facts, tags, note and editor are read and built only once opened: the row itself comes from the catalogue.
  // Rows are keyed by position (App.tsx): remember WHICH summary was opened, not that the row was.
  const [openId, setOpenId] = useState<string | null>(null);
  const open = openId === item.id && !hidden;
  // By position: a hidden pooled row may hold a summary that is also shown in another row.
  const titleId = `title-row-${row}`;
  const { meta, deleteLabel } = stringsOf(item);
  return (
    <article class="item" hidden={hidden} data-saved-item={hidden ? undefined : ''} data-id={item.id} aria-labelledby={titleId}>
      <h2 id={titleId} lang={item.lang}>
        <a href={item.url} target="_blank" rel="noopener noreferrer">{item.title || item.url}</a>
      </h2>
      <p class="meta">{meta}</p>
      {item.tldr && <p class="tldr" lang={item.lang}>{item.tldr}</p>}
      <div class="item-actions">
        <details key={item.id} onToggle={(e) => setOpenId(e.currentTarget.open ? item.id : null)}>
          <summary>{t('library_editNote')}</summary>
          {open && <Details id={item.id} load={load} onEdit={onEdit} />}
        </details>
        <a href={`../reader/index.html?id=${encodeURIComponent(item.id)}`} target="_blank" rel="noopener" data-action="open-summary">
          {t('library_openSummary')}
        </a>
        <button type="button" class="danger" data-action="delete" onClick={() => onDelete(item)}
          aria-label={deleteLabel}>
          {t('library_delete')}
        </button>
      </div>
    </article>
  );
}
