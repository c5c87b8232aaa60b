import { useEffect, useState } from 'preact/hooks';
import type { ArticleFacts } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import type { AbstractiveOutcome, SummarizerApi } from '../../platform/chrome-summarizer.ts';

/** Loaded only where a Summarizer exists (never on Firefox): it brings the sentence splitter with it. */
const summarizerModule = () => import('../../platform/chrome-summarizer.ts');

type Step = { kind: 'hidden' } | { kind: 'offer' } | { kind: 'running' } | { kind: 'done'; outcome: AbstractiveOutcome };

const REFUSALS: Record<Extract<AbstractiveOutcome, { ok: false }>['reason'], string> = {
  numbers: 'popup_abstractiveNumbers',
  failed: 'popup_abstractiveFailed',
  unavailable: 'popup_abstractiveUnavailable',
};

/**
 * Optional upgrade under the card (Chrome's built-in Summarizer, issue 4 §3): offered only when the model for
 * the article's language is already on the device, run only on request, shown next to (never instead of) the
 * extractive TL;DR, and only when every number in it is one of the article's. Renders nothing elsewhere
 * (Firefox, Chrome without the model). Not a `data-fact`: the card keeps exactly one TL;DR fact.
 */
export function AbstractiveTldr({ facts, api }: { facts: Pick<ArticleFacts, 'sentences' | 'meta'>; api: SummarizerApi | undefined }) {
  const [step, setStep] = useState<Step>({ kind: 'hidden' });
  const lang = facts.meta.lang;

  useEffect(() => {
    let live = true;
    setStep({ kind: 'hidden' });
    if (api) {
      void summarizerModule()
        .then((m) => m.abstractiveAvailable(lang, api))
        .then((yes) => live && yes && setStep({ kind: 'offer' }), () => {});
    }
    return () => {
      live = false;
    };
  }, [facts, api, lang]);

  if (step.kind === 'hidden') return null;
  const run = () => {
    setStep({ kind: 'running' });
    void summarizerModule()
      .then((m) => m.abstractiveOutcome(m.articleTextOf(facts), lang, { api, title: facts.meta.title }))
      .catch((): AbstractiveOutcome => ({ ok: false, reason: 'failed' }))
      .then((outcome) => setStep({ kind: 'done', outcome }));
  };
  return (
    <section class="np-abstractive" aria-label={t('popup_abstractiveTitle')}>
      {step.kind === 'offer' && (
        <button type="button" class="np-link" data-action="abstractive-tldr" onClick={run}>{t('popup_abstractiveAction')}</button>
      )}
      {step.kind === 'running' && <p role="status" class="np-meta">{t('popup_abstractiveRunning')}</p>}
      {step.kind === 'done' && step.outcome.ok && (
        <>
          <h2>{t('popup_abstractiveTitle')}</h2>
          <p data-abstractive-tldr lang={lang} dir="auto">{step.outcome.text}</p>
        </>
      )}
      {step.kind === 'done' && !step.outcome.ok && (
        <p role="status" data-abstractive-refused={step.outcome.reason}>{t(REFUSALS[step.outcome.reason])}</p>
      )}
    </section>
  );
}
