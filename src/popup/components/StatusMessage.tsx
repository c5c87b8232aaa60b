import type { TabCardResult } from '../../messaging/protocol.ts';
import { t } from '../../platform/i18n.ts';

type Failure = Extract<TabCardResult, { ok: false }>;

const TITLES: Record<Failure['reason'], string> = {
  restricted: 'popup_restrictedTitle',
  'no-article': 'popup_noArticleTitle',
  error: 'popup_errorTitle',
};

/** Why there is no card (browser page, nothing readable, an error): never a blank popup. */
export function StatusMessage({ failure }: { failure: Failure }) {
  return (
    <div class="np-message" role="status" data-reason={failure.reason}>
      <p class="np-message-title">{t(TITLES[failure.reason])}</p>
      <p>{failure.message}</p>
    </div>
  );
}
