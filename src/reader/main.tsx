import { render } from 'preact';
import { sendMessage } from '../messaging/index.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { FACT_CARD_CSS } from '../ui/fact-card-css.ts';
import { SavedSummaryView } from './SavedSummaryView.tsx';
import './reader.css';

document.documentElement.lang = uiLanguage();
document.title = t('reader_region');
// The card's styles are written for a shadow host; on this page the document itself is the host.
const style = document.createElement('style');
style.textContent = FACT_CARD_CSS.replace(/:host\([^)]*\)/g, ':root').replace(/:host/g, ':root');
document.head.append(style);
render(
  <SavedSummaryView
    id={new URLSearchParams(location.search).get('id')}
    load={() => sendMessage('listSummaries')}
    onReady={() => (document.body.dataset.ready = '1')}
  />,
  document.getElementById('app')!,
);
