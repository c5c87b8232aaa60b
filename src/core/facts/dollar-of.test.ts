import { describe, expect, test } from 'vitest';
import { dollarOf } from './dollar-of.ts';

const CANADA = 'The lodge in Jasper, Canada, reopened. Canadian visitors and Alberta officials cheered. Ottawa approved it.';

describe('dollarOf', () => {
  test.each([
    ['country domain', 'https://news.example.ca/a', '', 'CAD'],
    ['australian domain', 'https://example.com.au/a', '', 'AUD'],
    ['generic domain, US story', 'https://example.com/a', 'The U.S. Treasury and American banks in Washington.', undefined],
    ['generic domain, Canadian story', 'https://example.com/a', CANADA, 'CAD'],
    ['Canadian story quoting US$', 'https://example.com/a', `${CANADA} It cost US$5 million.`, undefined],
    ['Canada named as often as the US', 'https://example.com/a', `${CANADA} The U.S., the United States, American firms, Washington and the US.`, undefined],
    ['one mention is not enough', 'https://example.com/a', 'A Canadian firm raised $5 million.', undefined],
    ['no URL', 'not a url', CANADA, 'CAD'],
  ])('%s', (_name, url, text, want) => {
    expect(dollarOf(url, text)).toBe(want);
  });
});
