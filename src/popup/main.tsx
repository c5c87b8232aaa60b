import { render } from 'preact';
import { uiLanguage } from '../platform/i18n.ts';
import { FACT_CARD_CSS } from '../ui/fact-card-css.ts';
import { App } from './App.tsx';
import { createClient } from './client.ts';
import { POPUP_CSS } from './popup.css.ts';

document.documentElement.lang = uiLanguage();
const sheet = new CSSStyleSheet();
// The card rules are written for a shadow host; in the popup the card sits in the document itself.
sheet.replaceSync(FACT_CARD_CSS.replace(/:host\b[^{]*\{[^}]*\}/g, '') + POPUP_CSS);
document.adoptedStyleSheets = [sheet];

render(
  <App
    client={createClient()}
    onReady={() => {
      // The e2e suite waits for this marker (tests/e2e/popup-selectors.ts).
      document.body.dataset.ready = '1';
    }}
  />,
  document.getElementById('app')!,
);
