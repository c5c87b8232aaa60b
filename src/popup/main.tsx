import { render } from 'preact';
import { uiLanguage } from '../platform/i18n.ts';
import type { RecentSummaries } from '../storage/types.ts';
import { FACT_CARD_CSS } from '../ui/fact-card-css.ts';
import { App } from './App.tsx';
import { createClient } from './client.ts';
import { loadView } from './load-view.ts';
import { POPUP_CSS } from './popup.css.ts';

performance.mark('nutgraf:popup-start');
const client = createClient();
// Start both reads before anything else: the card (a background round trip, maybe a pipeline run) and the
// saved list (one small storage key). The first render waits for the list only, and not for long.
const view = loadView(client);
const recent = client.listSummaries().catch((): RecentSummaries => ({ items: [], total: 0 }));
/** Past this, paint the shell without the list rather than a blank popup; the list follows. */
const LIST_WAIT_MS = 100;

document.documentElement.lang = uiLanguage();
const sheet = new CSSStyleSheet();
// The card rules are written for a shadow host; in the popup the card sits in the document itself.
sheet.replaceSync(FACT_CARD_CSS.replace(/:host\b[^{]*\{[^}]*\}/g, '') + POPUP_CSS);
document.adoptedStyleSheets = [sheet];

void Promise.race([recent, new Promise<null>((r) => setTimeout(() => r(null), LIST_WAIT_MS))]).then((saved) => {
  render(
    <App
      client={client}
      initial={{ saved, view }}
      onPainted={() => {
        // The bench times the first paint by this marker (shell + saved list).
        performance.mark('nutgraf:popup-painted');
        document.body.dataset.painted = '1';
      }}
      onReady={() => {
        // The e2e suite waits for this marker (tests/e2e/popup-selectors.ts): card or message, and the list.
        performance.mark('nutgraf:popup-ready');
        document.body.dataset.ready = '1';
      }}
    />,
    document.getElementById('app')!,
  );
});
