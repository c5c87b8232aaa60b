import { render } from 'preact';
import { App } from './App.tsx';
import { createLibraryClient } from './library-client.ts';
import { uiLanguage } from '../platform/i18n.ts';
import { t } from '../platform/i18n.ts';
import '../ui/page-theme.css';
import './library.css';

performance.mark('nutgraf:library-start');
const client = createLibraryClient();
// The catalogue's head (50 rows, a few KB) is read before the first render, so the first paint has rows.
const head = client.head().catch(() => null);
/** Past this, paint the page without rows rather than nothing; they follow. */
const HEAD_WAIT_MS = 100;

document.documentElement.lang = uiLanguage();
document.title = t('library_title');
void Promise.race([head, new Promise<null>((r) => setTimeout(() => r(null), HEAD_WAIT_MS))]).then((initialHead) => {
  render(
    <App
      client={client}
      initialHead={initialHead}
      onReady={() => {
        performance.mark('nutgraf:library-ready');
        document.body.dataset.ready = '1';
      }}
    />,
    document.getElementById('app')!,
  );
});
