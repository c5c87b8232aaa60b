import { render } from 'preact';
import { App } from './App.tsx';
import { createLibraryClient } from './library-client.ts';
import { uiLanguage } from '../platform/i18n.ts';
import { t } from '../platform/i18n.ts';
import '../ui/page-theme.css';
import './library.css';

performance.mark('nutgraf:library-start');
const client = createLibraryClient();
// The catalogue's head (50 rows, a few KB) is read while the page shell renders; its rows follow at once.
const head = client.head().catch(() => null);

document.documentElement.lang = uiLanguage();
document.title = t('library_title');
render(
  <App
    client={client}
    initialHead={head}
    onReady={() => {
      performance.mark('nutgraf:library-ready');
      document.body.dataset.ready = '1';
    }}
  />,
  document.getElementById('app')!,
);
