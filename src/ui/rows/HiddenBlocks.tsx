import { useState } from 'preact/hooks';
import type { HiddenBlockInfo } from '../../messaging/protocol.ts';
import { t } from '../../platform/i18n.ts';
import { hiddenKindLabel } from '../format/hidden-kind-label.ts';

interface HiddenBlocksProps {
  hidden: HiddenBlockInfo[];
  /** Show one block again by id, or every block when called without one. */
  onRestoreHidden?: (id?: string) => void;
  idPrefix: string;
}

/** "3 promos hidden", expandable to the list of blocks with their reasons and "show again" buttons. */
export function HiddenBlocks({ hidden, onRestoreHidden, idPrefix }: HiddenBlocksProps) {
  const [open, setOpen] = useState(false);
  if (hidden.length === 0) return null;
  const stillHidden = hidden.filter((block) => !block.restored).length;
  const listId = `${idPrefix}-hidden`;
  const count = stillHidden === 1 ? t('hidden_countOne') : t('hidden_countOther', stillHidden);
  return (
    <div class="nfc-hidden">
      <button type="button" class="nfc-link" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {count}
      </button>
      <div id={listId} hidden={!open}>
        <ul class="nfc-hidden-list" aria-label={t('hidden_list')}>
          {hidden.map((block) => (
            <li key={block.id} data-hidden-id={block.id} data-kind={block.kind}>
              <strong>{hiddenKindLabel(block.kind)}</strong>
              {block.preview && <span class="nfc-preview" dir="auto">{block.preview}</span>}
              {block.reasons.length > 0 && (
                <span class="nfc-reasons">{t('hidden_reasons', block.reasons.join(', '))}</span>
              )}
              {onRestoreHidden && (
                <button type="button" class="nfc-small" disabled={block.restored} onClick={() => onRestoreHidden(block.id)}>
                  {block.restored ? t('hidden_restored') : t('hidden_restore')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {onRestoreHidden && stillHidden > 1 && (
          <button type="button" class="nfc-small" onClick={() => onRestoreHidden()}>{t('hidden_restoreAll')}</button>
        )}
      </div>
    </div>
  );
}
