import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import type { RecentSummaries } from '../storage/types.ts';
import { FactCard } from '../ui/FactCard.tsx';
import { factsToMarkdown } from '../ui/facts-to-markdown.ts';
import type { PopupClient } from './client.ts';
import { AbstractiveTldr } from './components/AbstractiveTldr.tsx';
import { SavedList } from './components/SavedList.tsx';
import { StatusMessage } from './components/StatusMessage.tsx';
import { loadView, type View } from './load-view.ts';
import { summaryInput } from './summary-input.ts';

export interface AppProps {
  client: PopupClient;
  /** The card or message is on screen, and the saved list (the e2e suite's `data-ready`). */
  onReady?: () => void;
  /** The shell and the saved list are on screen; the card may still be on its way. */
  onPainted?: () => void;
  /**
   * Reads main.tsx started before the first render (the saved list, the current tab's card): taken up as soon
   * as the shell is committed, not after a passive effect's frame.
   */
  initial?: { saved?: Promise<RecentSummaries>; view?: Promise<View> };
}

const EMPTY: RecentSummaries = { items: [], total: 0 };

export function App({ client, onReady, onPainted, initial }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [saved, setSaved] = useState<RecentSummaries | null>(null);

  const refreshSaved = () => client.listSummaries().then(setSaved, () => setSaved(EMPTY));

  // The shell paints at once; the saved list (a few ms) and the card (a round trip, maybe a pipeline run)
  // stream in independently, so the card never holds up the list.
  useLayoutEffect(() => {
    let live = true;
    void (initial?.view ?? loadView(client)).then((v) => live && setView(v));
    void (initial?.saved ?? client.listSummaries()).then((s) => live && setSaved(s), () => live && setSaved(EMPTY));
    return () => {
      live = false;
    };
  }, [client]);

  const painted = saved !== null;
  // Layout effect: runs right after the list is committed, in the same task as the paint that follows.
  useLayoutEffect(() => {
    if (painted) onPainted?.();
  }, [painted]);
  const ready = view.kind !== 'loading' && painted;
  useEffect(() => {
    if (ready) onReady?.();
  }, [ready]);

  const card = view.kind === 'card' ? view : null;
  return (
    <main class="np-popup">
      {view.kind === 'loading' && <p class="np-loading" role="status">{t('popup_loading')}</p>}
      {view.kind === 'failed' && <StatusMessage failure={view.failure} />}
      {card && (
        <FactCard
          state={card.state}
          onSave={async () => {
            await client.saveSummary(summaryInput(card.state));
            await refreshSaved();
          }}
          onCopyMarkdown={() => client.copyText(factsToMarkdown(card.state.facts))}
          onOpenReader={() => void client.openReader(card.tabId).then(() => window.close(), () => {})}
          onRestoreHidden={(id) =>
            void client.restoreHidden(card.tabId, id).then((hidden) => setView({ ...card, state: { ...card.state, hidden } }), () => {})
          }
        />
      )}
      {card && <AbstractiveTldr facts={card.state.facts} api={client.summarizer()} />}
      {saved && <SavedList items={saved.items} total={saved.total} onOpenLibrary={() => void client.openLibrary().then(() => window.close())} />}
    </main>
  );
}
