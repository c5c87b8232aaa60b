/** Test helper: a realistic SummaryInput with every kind of fact, each citing its sentence. */
import type { ArticleFacts, Lang } from '../core/types.ts';
import type { SummaryInput } from './types.ts';

export function makeFacts(url: string, title: string, lang: Lang = 'en'): ArticleFacts {
  const sentences = [
    `${title}.`,
    'Acme Corp agreed to buy Widget Ltd for $2.5 billion on Monday.',
    'The deal is expected to close in the first quarter of 2027.',
    'Sales rose 12% last year.',
    '"This is a great day," said Jane Doe, chief executive of Acme.',
    'Analysts were not surprised.',
  ];
  const src = (i: number, text: string) => ({ sentence: i, text });
  return {
    meta: { title, site: new URL(url).hostname, url, lang, published: '2026-11-02T08:00:00Z', author: 'A. Writer', about: ['Acme Corp'], paywalled: false },
    readingMinutes: 3,
    sentences,
    parties: [
      { name: 'Acme Corp', kind: 'org', source: src(1, 'Acme Corp') },
      { name: 'Jane Doe', kind: 'person', role: 'chief executive of Acme', source: src(4, 'Jane Doe') },
    ],
    event: { type: 'acquisition', label: 'agreed to buy', source: src(1, 'agreed to buy') },
    amounts: [{ text: '$2.5 billion', value: 2_500_000_000, currency: 'USD', qualifier: 'exact', source: src(1, '$2.5 billion') }],
    numbers: [{ text: '12%', value: 12, unit: '%', qualifier: 'exact', source: src(3, '12%') }],
    dates: [{ text: 'the first quarter of 2027', norm: '2027-Q1', precision: 'quarter', source: src(2, 'the first quarter of 2027') }],
    quotes: [{ speaker: 'Jane Doe', role: 'chief executive of Acme', quote: 'This is a great day', source: src(4, 'This is a great day') }],
    tldr: { text: 'Acme Corp agreed to buy Widget Ltd for $2.5 billion.', sentences: [1], method: 'extractive' },
  };
}

export function makeInput(n: number | string, over: Partial<SummaryInput> = {}): SummaryInput {
  const url = over.url ?? `https://news.example.com/2026/story-${n}`;
  const title = over.title ?? `Story number ${n}`;
  return {
    url,
    title,
    site: new URL(url).hostname,
    lang: 'en',
    published: '2026-11-02T08:00:00Z',
    tldr: `Summary of story ${n}.`,
    facts: makeFacts(url, title, over.lang ?? 'en'),
    ...over,
  };
}
