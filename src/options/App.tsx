/** The options page: every setting saves as soon as it changes (through the background, the single writer). */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../storage/types.ts';
import { t } from '../platform/i18n.ts';
import { parseSettingsFile, settingsToJson } from '../storage/settings-file.ts';
import { downloadText } from '../library/download-text.ts';
import { errorMessage } from '../library/use-library.ts';
import type { SettingsClient } from './settings-client.ts';
import { SiteRules } from './SiteRules.tsx';
import { ReaderDefaults } from './ReaderDefaults.tsx';

interface Props {
  client: SettingsClient;
  onReady?: () => void;
  /** Link to the library page (an extension URL in the real page). */
  libraryHref?: string;
}

function Toggle(props: { id: string; label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <div class="toggle">
      <input id={props.id} type="checkbox" checked={props.checked} data-field={props.id} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

export function App({ client, onReady, libraryHref }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    client.get().then(setSettings, (e: unknown) => setError(t('options_saveFailed', errorMessage(e)))).finally(() => onReady?.());
  }, [client]);

  const update = async (patch: Partial<Settings>) => {
    try {
      setSettings(await client.update(patch));
      setError('');
      setStatus(t('options_saved'));
    } catch (e) {
      setError(t('options_saveFailed', errorMessage(e)));
    }
  };
  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      setSettings(await client.update(parseSettingsFile(await file.text())));
      setError('');
      setStatus(t('options_imported'));
    } catch (err) {
      setError(t('options_importFailed', errorMessage(err)));
    }
  };

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <div class="live" role="status" aria-live="polite" data-status>{status}</div>
      {error && <p role="alert" class="error" data-error>{error}</p>}
      {settings && (
        <>
          <section aria-labelledby="general-h">
            <h2 id="general-h">{t('options_general')}</h2>
            <Toggle id="enabled" label={t('options_enabled')} checked={settings.enabled} onChange={(v) => void update({ enabled: v })} />
            <Toggle id="hideUpsells" label={t('options_hideUpsells')} checked={settings.hideUpsells} onChange={(v) => void update({ hideUpsells: v })} />
          </section>
          <SiteRules rules={settings.siteRules} onChange={(siteRules) => void update({ siteRules })} />
          <section aria-labelledby="card-h">
            <h2 id="card-h">{t('options_card')}</h2>
            <div class="grid">
              <label for="cardPosition">{t('options_cardPosition')}</label>
              <select id="cardPosition" value={settings.cardPosition} data-field="cardPosition"
                onChange={(e) => void update({ cardPosition: e.currentTarget.value as Settings['cardPosition'] })}>
                <option value="top">{t('options_positionTop')}</option>
                <option value="bottom-right">{t('options_positionBottomRight')}</option>
              </select>
              <label for="cardDensity">{t('options_cardDensity')}</label>
              <select id="cardDensity" value={settings.cardDensity} data-field="cardDensity"
                onChange={(e) => void update({ cardDensity: e.currentTarget.value as Settings['cardDensity'] })}>
                <option value="compact">{t('options_densityCompact')}</option>
                <option value="expanded">{t('options_densityExpanded')}</option>
              </select>
            </div>
          </section>
          <ReaderDefaults reader={settings.reader} onChange={(r) => void update({ reader: { ...settings.reader, ...r } })} />
          <section aria-labelledby="backup-h">
            <h2 id="backup-h">{t('options_backup')}</h2>
            <p class="help">{t('options_privacy')}</p>
            <div class="row">
              <button type="button" data-action="export-settings"
                onClick={() => downloadText(settingsToJson(settings), 'nutgraf-settings.json', 'application/json')}>
                {t('options_export')}
              </button>
              <label class="file-button">
                {t('options_import')}
                <input type="file" accept="application/json,.json" data-action="import-settings" onChange={(e) => void importFile(e)} />
              </label>
              {libraryHref && <a href={libraryHref} target="_blank" rel="noopener">{t('options_openLibrary')}</a>}
            </div>
          </section>
        </>
      )}
    </main>
  );
}
