import { render } from 'preact';
import { uiLanguage } from '../platform/i18n.ts';
import { FACT_CARD_CSS } from '../ui/fact-card-css.ts';
import { App } from './App.tsx';
import { createClient } from './client.ts';
import { loadView } from './load-view.ts';
import { POPUP_CSS } from './popup.css.ts';

performance.mark('nutgraf:popup-start');
const client = createClient();
// Start both reads before anything else: the card (a background round trip, maybe a pipeline run) and the
// saved list (one small storage key); the shell renders meanwhile and each part shows when it arrives.
const view = loadView(client);
const saved = client.listSummaries();

document.documentElement.lang = uiLanguage();
const sheet = new CSSStyleSheet();
// The card rules are written for a shadow host; in the popup the card sits in the document itself.
sheet.replaceSync(FACT_CARD_CSS.replace(/:host\b[^{]*\{[^}]*\}/g, '') + POPUP_CSS);
document.adoptedStyleSheets = [sheet];

render(
  <App
    client={client}
    initial={{ saved, view }}
    onPainted={() => {
      // The bench times the first paint with the saved list by this marker (the card may still be on its way).
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
