import type { ArticleFacts } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import { formatPublished } from '../format/format-fact-date.ts';
import { publishedIso } from '../format/published-iso.ts';

interface CardHeaderProps {
  facts: ArticleFacts;
  locale: string;
  onDismiss?: () => void;
}

/** Title, site, published date and reading time, with the dismiss button. */
export function CardHeader({ facts, locale, onDismiss }: CardHeaderProps) {
  const { meta } = facts;
  const iso = meta.published ? publishedIso(meta.published) : null;
  const published = iso ? formatPublished(iso, locale) : null;
  return (
    <header class="nfc-header">
      <div class="nfc-heading">
        <h2 class="nfc-title" data-fact="title" lang={meta.lang} dir="auto">{meta.title}</h2>
        <p class="nfc-meta">
          {meta.site && <span class="nfc-site" dir="auto">{meta.site}</span>}
          {iso && published && (
            <time data-fact="published" data-date={iso} dateTime={iso}>{t('card_published', published)}</time>
          )}
          {facts.readingMinutes > 0 && <span>{t('card_readingTime', Math.round(facts.readingMinutes))}</span>}
        </p>
      </div>
      {onDismiss && (
        <button type="button" class="nfc-icon nfc-dismiss" aria-label={t('card_dismiss')} title={t('card_dismiss')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </header>
  );
}
