import { describe, expect, test } from 'vitest';
import { isSnippetVisible, normaliseText, sampleEvenly, splitTruthSentences } from './metrics-text.ts';

describe('normaliseText', () => {
  test.each([
    ['  Hello\n\tWorld  ', 'hello world'],
    ['SUBSCRIBE NOW', 'subscribe now'],
    ['« Nous avons\u202fclairement »', 'nous avons clairement'],
    ['it’s “quoted” — dash', 'it s quoted dash'],
    ['Arbeits\u00adplatz', 'arbeitsplatz'],
    ['zero\u200bwidth', 'zerowidth'],
    ['100\u00a0milliards de dollars', '100 milliards de dollars'],
    ['ﬁnance', 'finance'],
    ['Straße Über', 'straße über'],
    ['', ''],
  ])('%j → %j', (input, out) => expect(normaliseText(input)).toBe(out));
});

describe('isSnippetVisible', () => {
  const page = normaliseText('Header\nVous avez lu 0 articles ce mois-ci.\nIt’s the ARTICLE text, with   spaces.');
  test.each([
    ['Vous avez lu 0 articles ce mois-ci', true],
    ["It's the article text, with spaces.", true],
    ['vous avez lu 0 articles ce mois ci', true],
    ['Sign up for our newsletter', false],
    ['the article text with spaces and more', false],
  ])('%j visible: %s', (snippet, visible) => expect(isSnippetVisible(snippet, page)).toBe(visible));

  test.each([['—'], ['  '], ['a']])('%j cannot be judged', (snippet) => expect(isSnippetVisible(snippet, page)).toBeNull());
});

describe('splitTruthSentences', () => {
  test('splits paragraphs and sentences, drops short fragments', () => {
    const text =
      'Photo: AFP\n\nThe first sentence is long enough to count here. The second one also has enough words in it!\n' +
      'Short one. « Une citation française assez longue pour compter ici », a-t-il dit.';
    expect(splitTruthSentences(text)).toEqual([
      'The first sentence is long enough to count here.',
      'The second one also has enough words in it!',
      '« Une citation française assez longue pour compter ici », a-t-il dit.',
    ]);
  });

  test('does not split after abbreviations followed by lower case, and cuts very long sentences at a space', () => {
    const long = 'Word '.repeat(100).trim() + '.';
    const [cut] = splitTruthSentences(`He paid approx. ten dollars for the whole thing. ${long}`.slice(0));
    expect(cut).toBe('He paid approx. ten dollars for the whole thing.');
    const parts = splitTruthSentences(long);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.length).toBeLessThanOrEqual(300);
    expect(parts[0]!.endsWith('Word')).toBe(true);
  });
});

describe('sampleEvenly', () => {
  test.each([
    [[1, 2, 3], 5, [1, 2, 3]],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5, [0, 2, 4, 6, 8]],
    [[0, 1, 2, 3, 4, 5, 6], 3, [0, 2, 4]],
    [[], 3, []],
  ])('%j, %i → %j', (list, max, out) => expect(sampleEvenly(list, max)).toEqual(out));
});
