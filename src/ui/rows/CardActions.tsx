import { t } from '../../platform/i18n.ts';

interface CardActionsProps {
  onSave?: () => void;
  onCopyMarkdown?: () => void;
  onOpenReader?: () => void;
}

/** Save, copy as Markdown and reader view; a button appears only when the host handles it. */
export function CardActions({ onSave, onCopyMarkdown, onOpenReader }: CardActionsProps) {
  if (!onSave && !onCopyMarkdown && !onOpenReader) return null;
  return (
    <div class="nfc-actions">
      {onSave && <button type="button" class="nfc-button nfc-primary" data-action="save" onClick={onSave}>{t('card_save')}</button>}
      {onCopyMarkdown && <button type="button" class="nfc-button" data-action="copy-markdown" onClick={onCopyMarkdown}>{t('card_copyMarkdown')}</button>}
      {onOpenReader && <button type="button" class="nfc-button" data-action="reader" onClick={onOpenReader}>{t('card_openReader')}</button>}
    </div>
  );
}
