import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { factsToMarkdown } from './facts-to-markdown.ts';
import { sampleFacts } from './test/sample-card.ts';
import { useMessages } from './test/use-messages.ts';

describe('factsToMarkdown', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useMessages('en');
  });

  test('renders the whole card', () => {
    expect(factsToMarkdown(sampleFacts(), 'en-GB')).toBe(`# [Acme to invest up to $2bn in Globex](<https://news.example/acme-globex>)

*Example Times · 22 Sept 2025 · 4 min read*

**TL;DR** Acme Corp will invest up to $2bn in Globex, the two companies said on Monday. The first 500 MW of capacity will come online in the second half of 2026.

- **What:** Investment (invest)
- **Who:** Acme Corp · Globex · Jane Roe (chief executive of Acme) · Initech
- **How much:** up to US$2bn (up to $2bn) · €300m (€300 million)
- **When:** 22 Sept 2025 · H2 2026 · March 2027
- **Key numbers:** 500\u00a0MW · 12% · 3%

## Who said what

> “This is the biggest bet we have ever made”
> — Jane Roe, chief executive of Acme

> “We are thrilled”
> — John Doe

Source: <https://news.example/acme-globex>
`);
  });

  test('labels follow the reader language', () => {
    useMessages('fr');
    const out = factsToMarkdown(sampleFacts(), 'fr');
    expect(out).toContain('- **Combien:** jusqu’à 2\u00a0Md\u00a0$US');
    expect(out).toContain('## Qui a dit quoi');
    expect(out).toContain('- **Quand:** 22 sept. 2025 · S2 2026 · mars 2027');
  });

  test('escapes page text so it cannot inject links, HTML or structure', () => {
    const base = sampleFacts();
    const out = factsToMarkdown({
      ...base,
      meta: { ...base.meta, title: 'Hi](javascript:alert(1)) <b>x</b>', url: 'javascript:alert(1)' },
      quotes: [{ speaker: '**Boss**', quote: 'line one\n# heading', source: { sentence: 0, text: '' } }],
      tldr: null,
    }, 'en');
    expect(out.startsWith('# Hi\\]\\(javascript:alert\\(1\\)\\) \\<b\\>x\\</b\\>\n')).toBe(true);
    expect(out).toContain('> “line one \\# heading”\n> — \\*\\*Boss\\*\\*');
    expect(out).not.toContain('Source:');
    expect(out).not.toMatch(/\]\(javascript/);
  });

  test('skips empty rows', () => {
    const out = factsToMarkdown(sampleFacts({ amounts: [], numbers: [], dates: [], quotes: [], parties: [], event: null, tldr: null }), 'en-GB');
    expect(out).toBe('# [Acme to invest up to $2bn in Globex](<https://news.example/acme-globex>)\n\n*Example Times · 22 Sept 2025 · 4 min read*\n\nSource: <https://news.example/acme-globex>\n');
  });
});
