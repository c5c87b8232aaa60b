import type { UpsellKind } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';

/** The locale key of a hidden block's kind: `promo-other` → `hidden_kindPromoOther`. */
export function hiddenKindKey(kind: UpsellKind): string {
  return `hidden_kind${kind.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')}`;
}

/** The kind of a hidden block in the reader's language ("Newsletter sign-up"). */
export function hiddenKindLabel(kind: UpsellKind): string {
  return t(hiddenKindKey(kind));
}
