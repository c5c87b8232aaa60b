import { describe, expect, test } from 'vitest';
import { escapeMarkdown, markdownUrl } from './escape-markdown.ts';

describe('escapeMarkdown', () => {
  test.each([
    ['plain words', 'Nvidia invests', 'Nvidia invests'],
    ['emphasis', '*big* _deal_', '\\*big\\* \\_deal\\_'],
    ['link syntax', '[click](javascript:alert(1))', '\\[click\\]\\(javascript:alert\\(1\\)\\)'],
    ['image syntax', '![x](y)', '\\!\\[x\\]\\(y\\)'],
    ['html', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['entity', 'AT&amp;T', 'AT\\&amp;T'],
    ['heading at line start', '# Breaking', '\\# Breaking'],
    ['list at line start', '- item', '\\- item'],
    ['ordered list at line start', '1. first', '1\\. first'],
    ['quote at line start', '> quoted', '\\> quoted'],
    ['hyphen inside a line', 'a - b 1. c', 'a - b 1. c'],
    ['newlines collapse', 'one\n# two\n\n- three', 'one \\# two - three'],
    ['code and tables', '`x` | y', '\\`x\\` \\| y'],
    ['no-break spaces kept', '4\u202f% et 100\u00a0Md', '4\u202f% et 100\u00a0Md'],
    ['unicode kept', '« 100 milliards de dollars »', '« 100 milliards de dollars »'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('markdownUrl', () => {
  test.each([
    ['https://news.example/a b', '<https://news.example/a%20b>'],
    ['https://news.example/x?q=<y>', '<https://news.example/x?q=%3Cy%3E>'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (input, expected) => {
    expect(markdownUrl(input)).toBe(expected);
  });
});
