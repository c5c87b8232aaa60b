import { useId, useState } from 'preact/hooks';
import type { Provenance } from '../core/types.ts';
import type { CardState } from '../messaging/protocol.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { AmountsRow } from './rows/AmountsRow.tsx';
import { CardActions } from './rows/CardActions.tsx';
import { CardHeader } from './rows/CardHeader.tsx';
import { DatesNumbersRows } from './rows/DatesNumbersRows.tsx';
import { EventPartiesRow } from './rows/EventPartiesRow.tsx';
import { HiddenBlocks } from './rows/HiddenBlocks.tsx';
import { QuotesRow } from './rows/QuotesRow.tsx';
import { TldrRow } from './rows/TldrRow.tsx';
import { hasOverflow } from './has-overflow.ts';

type MaybeAsync<T> = T | Promise<T>;

export interface FactCardProps {
  state: CardState;
  /** Reader's locale for numbers and dates; defaults to the browser UI language. */
  locale?: string;
  /** Text direction of the page the card sits on (the in-page card); the popup leaves it to the document. */
  dir?: 'ltr' | 'rtl';
  /** Start expanded (e.g. the options' density setting). */
  defaultExpanded?: boolean;
  onSave?: () => MaybeAsync<unknown>;
  onCopyMarkdown?: () => MaybeAsync<unknown>;
  onDismiss?: () => void;
  /** Show a fact's source sentence in the page; resolve false when it cannot be found. */
  onShowSource?: (source: Provenance) => MaybeAsync<boolean | void>;
  onRestoreHidden?: (id?: string) => void;
  onOpenReader?: () => void;
}

/**
 * The fact card: compact by default (header, TL;DR, event + parties, main amount, first dates/numbers, first
 * quote), expandable to every fact. Every fact is always in the DOM as one `data-fact` element; the ones
 * beyond the compact view carry `hidden` until expanded. Page text is only ever rendered as text nodes.
 */
export function FactCard(props: FactCardProps) {
  const { state, onDismiss, onRestoreHidden, onOpenReader } = props;
  const { facts } = state;
  const locale = props.locale ?? uiLanguage();
  const id = `nfc${useId().replace(/[^\w-]/g, '')}`;
  const [expanded, setExpanded] = useState(props.defaultExpanded ?? false);
  const [status, setStatus] = useState('');

  // Run a host callback and announce its outcome in the live region.
  const report = (run: () => MaybeAsync<unknown>, done: (result: unknown) => string) => {
    setStatus('');
    Promise.resolve()
      .then(run)
      .then((result) => setStatus(done(result)), () => setStatus(''));
  };
  const onShowSource = props.onShowSource &&
    ((source: Provenance) => report(() => props.onShowSource!(source), (found) => found === false ? t('card_sourceNotFound') : t('card_sourceFound')));
  const onSave = props.onSave && (() => report(props.onSave!, () => t('card_saved')));
  const onCopyMarkdown = props.onCopyMarkdown && (() => report(props.onCopyMarkdown!, () => t('card_copied')));
  const rows = { facts, locale, expanded, onShowSource };
  const empty = !facts.tldr && !facts.event && facts.parties.length + facts.amounts.length + facts.dates.length
    + facts.numbers.length + facts.quotes.length === 0;

  return (
    <section
      class="nfc-card"
      aria-label={t('card_region')}
      dir={props.dir}
      lang={locale}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onDismiss) {
          event.stopPropagation();
          onDismiss();
        }
      }}
    >
      <CardHeader facts={facts} locale={locale} onDismiss={onDismiss} />
      <div class="nfc-body" id={`${id}-body`}>
        <TldrRow facts={facts} onShowSource={onShowSource} />
        <EventPartiesRow {...rows} />
        <AmountsRow {...rows} />
        <DatesNumbersRows {...rows} />
        <QuotesRow {...rows} />
        {empty && <p class="nfc-empty">{t('card_noFacts')}</p>}
      </div>
      {hasOverflow(facts) && (
        <button type="button" class="nfc-link nfc-expand" aria-expanded={expanded} aria-controls={`${id}-body`} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('card_showLess') : t('card_showMore')}
        </button>
      )}
      {state.paywalled && <p class="nfc-note">{t('card_paywalled')}</p>}
      <HiddenBlocks hidden={state.hidden} onRestoreHidden={onRestoreHidden} idPrefix={id} />
      <CardActions onSave={onSave} onCopyMarkdown={onCopyMarkdown} onOpenReader={onOpenReader} />
      <p class="nfc-status" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
