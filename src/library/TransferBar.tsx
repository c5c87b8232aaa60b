/** Export (JSON, Markdown) and import (JSON) of the whole library. */
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import type { ImportReport } from '../storage/types.ts';
import type { LibraryClient } from './library-client.ts';
import { downloadText, exportFilename } from './download-text.ts';
import { errorMessage } from './use-library.ts';

interface Props {
  client: LibraryClient;
  importText(text: string): Promise<ImportReport>;
  onStatus(message: string): void;
}

export function TransferBar({ client, importText, onStatus }: Props) {
  const [importError, setImportError] = useState('');
  const exportAs = async (format: 'json' | 'markdown') => {
    try {
      const text = await client.exportLibrary(format);
      if (format === 'json') downloadText(text, exportFilename('json'), 'application/json');
      else downloadText(text, exportFilename('md'), 'text/markdown');
      onStatus(t('library_exported'));
    } catch (e) {
      onStatus(errorMessage(e));
    }
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setImportError('');
    try {
      const report = await importText(await file.text());
      onStatus(t('library_imported', [report.added, report.merged, report.total]));
    } catch (err) {
      setImportError(t('library_importFailed', errorMessage(err)));
    }
  };
  return (
    <div class="transfer">
      <button type="button" data-action="export-json" onClick={() => void exportAs('json')}>{t('library_exportJson')}</button>
      <button type="button" data-action="export-markdown" onClick={() => void exportAs('markdown')}>{t('library_exportMarkdown')}</button>
      <label class="file-button">
        {t('library_importJson')}
        <input type="file" accept="application/json,.json" data-action="import" onChange={(e) => void onFile(e)} />
      </label>
      {importError && <p role="alert" class="error" data-import-error>{importError}</p>}
    </div>
  );
}
