import { render } from 'preact';
import browser from '../platform/browser.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { App } from './App.tsx';
import { createSettingsClient } from './settings-client.ts';
import '../ui/page-theme.css';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(
  <App client={createSettingsClient()} libraryHref={browser.runtime.getURL('library/index.html')} onReady={() => (document.body.dataset.ready = '1')} />,
  document.getElementById('app')!,
);
