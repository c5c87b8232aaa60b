/**
 * Which dollar a bare "$" means. Sites of dollar countries write their own dollar as "$" (a rule on the
 * country domain, never on a site); on a generic domain (.com) a story set in one of those countries, which
 * names it far more often than the United States, quotes that country's dollar too.
 */

const DOLLAR_TLDS: Record<string, string> = { ca: 'CAD', au: 'AUD', nz: 'NZD', hk: 'HKD', sg: 'SGD' };

/** Country names and main places per dollar (English and French spellings: Quebec writes "$" too). */
const COUNTRY_WORDS: Array<[string, RegExp]> = [
  ['CAD', /\b(?:Canada|Canadian|Canadien\p{L}*|Alberta|Ontario|Qu[ée]bec|British Columbia|Colombie-Britannique|Toronto|Vancouver|Ottawa|Montr[ée]al|Calgary|Edmonton|Winnipeg)\b/gu],
  ['AUD', /\b(?:Australia|Australian|Australie|Sydney|Melbourne|Canberra|Queensland|Brisbane|Perth)\b/gu],
  ['NZD', /\b(?:New Zealand|Nouvelle-Z[ée]lande|Auckland|Wellington)\b/gu],
  ['SGD', /\b(?:Singapore|Singapour)\b/gu],
  ['HKD', /\bHong Kong\b/gu],
];
const US_WORDS = /\b(?:U\.S\.|US|USA|United States|American|Americans|[ÉE]tats-Unis|am[ée]ricain\p{L}*|Washington)\b/gu;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** The ISO code of the page's "$" when it is not the US dollar, else undefined. */
export function dollarOf(url: string, text = ''): string | undefined {
  try {
    const tld = new URL(url).hostname.split('.').pop() ?? '';
    const byTld = DOLLAR_TLDS[tld];
    if (byTld) return byTld;
  } catch {
    // No usable URL: the text alone decides.
  }
  // "US$" / "U.S. dollars" written out: the story already says which dollar it means.
  if (/\bUS\$|\bU\.S\. dollars?\b|\bdollars? am[ée]ricains?\b/u.test(text)) return undefined;
  const us = count(text, US_WORDS);
  let best: [string, number] | undefined;
  for (const [code, re] of COUNTRY_WORDS) {
    const n = count(text, re);
    if (n >= 3 && n > 2 * us && (!best || n > best[1])) best = [code, n];
  }
  return best?.[0];
}
