import { render } from 'preact';
import { App } from './App.tsx';
import { createLibraryClient } from './library-client.ts';
import { uiLanguage } from '../platform/i18n.ts';
import { t } from '../platform/i18n.ts';
import '../ui/page-theme.css';
import './library.css';

document.documentElement.lang = uiLanguage();
document.title = t('library_title');
render(
  <App client={createLibraryClient()} onReady={() => (document.body.dataset.ready = '1')} />,
  document.getElementById('app')!,
);
