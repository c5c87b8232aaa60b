import type { NumberFact } from '../../core/types.ts';
import { qualifierLabel } from './format-amount.ts';

// Units written as symbols read the same in every language; word units ("jobs", "barrels") are not
// translated, so for those the article's own words are shown instead.
const SYMBOL_UNIT = /^(?:%|[A-Za-zµ]{1,3}\d?)$/;

/** A key number for the reader: "4 %" in fr, "10 GW", or the verbatim text for word units. */
export function formatNumberFact(fact: NumberFact, locale: string): string {
  const value = formatValue(fact, locale);
  if (value === null) return fact.text;
  const qualifier = qualifierLabel(fact.qualifier);
  return qualifier ? `${qualifier} ${value}` : value;
}

function formatValue(fact: NumberFact, locale: string): string | null {
  if (!Number.isFinite(fact.value) || !SYMBOL_UNIT.test(fact.unit)) return null;
  try {
    if (fact.unit === '%') {
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 }).format(fact.value);
    }
    const number = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 4 }).format(fact.value);
    return `${number}\u00a0${fact.unit}`;
  } catch {
    return null;
  }
}
