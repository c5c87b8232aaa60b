// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { measureProse, proseLength } from './measure-prose.ts';

describe('proseLength', () => {
  test.each([
    ['Latin text counts its characters', 'The council voted on Tuesday.', 29],
    ['short text counts its characters', '渡轮', 2],
    ['Han characters count 3', '市议会周二投票决定资助', 33],
    ['kana count 3', 'フェリーのこうろ', 24],
    ['Hangul syllables count 2, spaces 1', '시의회는 화요일', 15],
    ['Thai counts its characters (an alphabet with marks)', 'สภาเมืองลงมติเมื่อวันอังคาร', 27],
    ['mixed text: wide characters sampled, then counted', '2026年3月4日、市議会は予算を可決した', 49],
    ['Latin text with one Han name is Latin', 'Mr 王 said the council would vote again on the plan next week', 60],
  ])('%s', (_name, text, len) => {
    expect(proseLength(text)).toBe(len);
  });
});

describe('measureProse', () => {
  const doc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  test.each([
    ['two long Latin paragraphs', `<p>${'a'.repeat(150)}</p><p>${'b'.repeat(200)}</p>`, { longParagraphs: 2, longChars: 350, shortParagraphs: 0 }],
    ['a 60-character Chinese paragraph is long', `<p>${'港'.repeat(60)}</p>`, { longParagraphs: 1, longChars: 180, shortParagraphs: 0, wideParagraphs: 1 }],
    ['a 25-character Chinese paragraph is short', `<p>${'港'.repeat(25)}</p>`, { longParagraphs: 0, longChars: 0, shortParagraphs: 1 }],
    ['teasers in lists and nav are skipped', `<ul><li><p>${'a'.repeat(150)}</p></li></ul><nav><p>${'港'.repeat(60)}</p></nav>`, { longParagraphs: 0, longChars: 0, shortParagraphs: 0 }],
  ])('%s', (_name, body, want) => {
    expect(measureProse(doc(body))).toMatchObject(want);
  });

  test('link text is weighted like the paragraph it sits in', () => {
    const s = measureProse(doc(`<p><a href="/x">${'港'.repeat(30)}</a>${'港'.repeat(30)}</p>`));
    expect(s.linkChars).toBe(90);
  });
});
