// A handmade card (fictional story) for UI tests: every fact kind, more of each than the compact view shows.
import type { ArticleFacts } from '../../core/types.ts';
import type { CardState, HiddenBlockInfo } from '../../messaging/protocol.ts';

export const SAMPLE_SENTENCES = [
  'Acme Corp will invest up to $2bn in Globex, the two companies said on Monday.',
  'The first 500 MW of capacity will come online in the second half of 2026.',
  '“This is the biggest bet we have ever made,” said Jane Roe, chief executive of Acme.',
  'Globex shares rose 12% on the news, while Initech fell 3%.',
  'Acme also agreed to buy €300 million of Globex bonds by March 2027.',
  '“We are thrilled,” said John Doe, Globex founder.',
];

const src = (sentence: number, text: string) => ({ sentence, text });

export function sampleFacts(overrides: Partial<ArticleFacts> = {}): ArticleFacts {
  return {
    meta: {
      title: 'Acme to invest up to $2bn in Globex',
      site: 'Example Times',
      url: 'https://news.example/acme-globex',
      lang: 'en',
      published: '2025-09-22T09:30:00Z',
      about: ['Acme Corp', 'Globex'],
      paywalled: false,
    },
    readingMinutes: 4,
    sentences: SAMPLE_SENTENCES,
    parties: [
      { name: 'Acme Corp', kind: 'org', source: src(0, 'Acme Corp') },
      { name: 'Globex', kind: 'org', source: src(0, 'Globex') },
      { name: 'Jane Roe', kind: 'person', role: 'chief executive of Acme', source: src(2, 'Jane Roe, chief executive of Acme') },
      { name: 'Initech', kind: 'org', source: src(3, 'Initech') },
    ],
    event: { type: 'investment', label: 'invest', source: src(0, 'invest') },
    amounts: [
      { text: 'up to $2bn', value: 2e9, currency: 'USD', qualifier: 'up-to', source: src(0, 'up to $2bn') },
      { text: '€300 million', value: 3e8, currency: 'EUR', qualifier: 'exact', source: src(4, '€300 million') },
    ],
    numbers: [
      { text: '500 MW', value: 500, unit: 'MW', qualifier: 'exact', source: src(1, '500 MW') },
      { text: '12%', value: 12, unit: '%', qualifier: 'exact', source: src(3, '12%') },
      { text: '3%', value: 3, unit: '%', qualifier: 'exact', source: src(3, '3%') },
    ],
    dates: [
      { text: 'Monday', norm: '2025-09-22', precision: 'day', source: src(0, 'Monday') },
      { text: 'the second half of 2026', norm: '2026-H2', precision: 'half', source: src(1, 'the second half of 2026') },
      { text: 'March 2027', norm: '2027-03', precision: 'month', source: src(4, 'March 2027') },
    ],
    quotes: [
      { speaker: 'Jane Roe', role: 'chief executive of Acme', quote: 'This is the biggest bet we have ever made', source: src(2, SAMPLE_SENTENCES[2]!) },
      { speaker: 'John Doe', quote: 'We are thrilled', source: src(5, SAMPLE_SENTENCES[5]!) },
    ],
    tldr: { text: `${SAMPLE_SENTENCES[0]} ${SAMPLE_SENTENCES[1]}`, sentences: [0, 1], method: 'extractive' },
    ...overrides,
  };
}

export const SAMPLE_HIDDEN: HiddenBlockInfo[] = [
  { id: 'h1', kind: 'newsletter', score: 0.9, reasons: ['text:newsletter', 'form:email'], preview: 'Get our morning briefing', restored: false },
  { id: 'h2', kind: 'subscribe', score: 0.8, reasons: ['class:paywall-promo'], preview: 'Subscribe for €1', restored: false },
  { id: 'h3', kind: 'promo-other', score: 0.7, reasons: ['text:download'], preview: 'Download our app', restored: true },
];

export function sampleCard(overrides: Partial<CardState> = {}): CardState {
  return {
    facts: sampleFacts(),
    verdict: { isNews: true, score: 0.9, reasons: ['jsonld:NewsArticle'] },
    hidden: SAMPLE_HIDDEN,
    paywalled: false,
    ...overrides,
  };
}
