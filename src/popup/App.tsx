import { useEffect, useState } from 'preact/hooks';
import type { CardState, TabCardResult } from '../messaging/protocol.ts';
import { t } from '../platform/i18n.ts';
import type { RecentSummaries } from '../storage/types.ts';
import { FactCard } from '../ui/FactCard.tsx';
import { factsToMarkdown } from '../ui/facts-to-markdown.ts';
import type { PopupClient } from './client.ts';
import { SavedList } from './components/SavedList.tsx';
import { StatusMessage } from './components/StatusMessage.tsx';
import { summaryInput } from './summary-input.ts';

type View = { kind: 'loading' } | { kind: 'card'; tabId: number; state: CardState } | { kind: 'failed'; failure: Extract<TabCardResult, { ok: false }> };

const failed = (message: string): View => ({ kind: 'failed', failure: { ok: false, reason: 'error', message } });

async function loadView(client: PopupClient): Promise<View> {
  const tabId = await client.currentTabId();
  if (tabId === null) return { kind: 'failed', failure: { ok: false, reason: 'restricted', message: t('error_restricted') } };
  const result = await client.getTabCard(tabId);
  return result.ok ? { kind: 'card', tabId, state: result.card } : { kind: 'failed', failure: result };
}

export function App({ client, onReady }: { client: PopupClient; onReady?: () => void }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [saved, setSaved] = useState<RecentSummaries | null>(null);

  const refreshSaved = () =>
    client.listSummaries().then(setSaved, () => setSaved({ items: [], total: 0 }));

  useEffect(() => {
    loadView(client).then(setView, (e: unknown) => setView(failed(e instanceof Error ? e.message : String(e))));
    void refreshSaved();
  }, [client]);

  const ready = view.kind !== 'loading' && saved !== null;
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
      {saved && <SavedList items={saved.items} total={saved.total} onOpenLibrary={() => void client.openLibrary().then(() => window.close())} />}
    </main>
  );
}
