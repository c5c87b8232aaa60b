import type { ArticleFacts } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import { FactButton, type ShowSource } from '../fact-button.tsx';
import { FactSection } from './FactSection.tsx';

/** The TL;DR; clicking it shows its first source sentence. */
export function TldrRow({ facts, onShowSource }: { facts: ArticleFacts; onShowSource?: ShowSource }) {
  const { tldr } = facts;
  if (!tldr) return null;
  const first = tldr.sentences[0] ?? 0;
  const source = { sentence: first, text: facts.sentences[first] ?? tldr.text };
  return (
    <FactSection label={t('card_tldr')}>
      <FactButton kind="tldr" data={{ 'data-method': tldr.method }} source={source} title={t('card_showSource')} onShowSource={onShowSource}>
        <span lang={facts.meta.lang} dir="auto">{tldr.text}</span>
      </FactButton>
    </FactSection>
  );
}
