import type { AmountFact, AmountQualifier } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';

const QUALIFIER_KEYS: Record<AmountQualifier, string | null> = {
  'up-to': 'card_qualifierUpTo',
  about: 'card_qualifierAbout',
  'more-than': 'card_qualifierMoreThan',
  'less-than': 'card_qualifierLessThan',
  exact: null,
};

/** The qualifier word in the reader's language ("up to", "jusqu’à"), or '' for exact amounts. */
export function qualifierLabel(qualifier: AmountQualifier): string {
  const key = QUALIFIER_KEYS[qualifier];
  return key ? t(key) : '';
}

/**
 * An amount normalised for the reader: compact currency notation in the reader's locale
 * ("$100B" in en, "100 Md $US" in fr), without the qualifier. Falls back to the verbatim text when
 * the value or the currency code cannot be formatted.
 */
export function formatAmountValue(amount: Pick<AmountFact, 'value' | 'currency' | 'text'>, locale: string): string {
  if (!Number.isFinite(amount.value)) return amount.text;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: amount.currency,
      notation: 'compact',
      maximumSignificantDigits: 3,
    }).format(amount.value);
  } catch {
    // Malformed currency code or locale: the article's own words are still right.
    return amount.text;
  }
}

/** Qualifier + normalised amount, e.g. "up to $100B". */
export function formatAmount(amount: AmountFact, locale: string): string {
  const value = formatAmountValue(amount, locale);
  const qualifier = qualifierLabel(amount.qualifier);
  return qualifier ? `${qualifier} ${value}` : value;
}
