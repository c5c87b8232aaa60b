// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { dateFromUrl, findPublishedDate, localDay, parseTextDate } from './find-published-date.ts';

function doc(body: string, lang = 'fr'): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');
}

const URL0 = 'https://example.org/article';

describe('parseTextDate', () => {
  test.each([
    ['Publié le 23 septembre 2025 à 10h', '2025-09-23'],
    ['Published March 3, 2024', '2024-03-03'],
    ['Dec 21, 2016', '2016-12-21'],
    ['Veröffentlicht am 3. März 2024', '2024-03-03'],
    ['Publicado el 3 de marzo de 2024', '2024-03-03'],
    ['21 de abril de 2022 a las 22:04h', '2022-04-21'],
    ['Pubblicato il 3 marzo 2024', '2024-03-03'],
    ['le 1er mai 2019', '2019-05-01'],
    ['26, Abril, 2022', '2022-04-26'],
    ['23/09/2025', '2025-09-23'],
    ['23.09.2025 07:00', '2025-09-23'],
    ['28.01.22 / 0 Kommentare', '2022-01-28'],
    ['2022-04-26 | site', '2022-04-26'],
  ])('%s → %s', (text, want) => {
    expect(parseTextDate(text)).toBe(want);
  });

  test.each([
    ['no date here', undefined],
    ['31/02/2024', undefined],
    ['3 mars', undefined],
    ['version 1.2.3', undefined],
    ['12 millions 2024', undefined],
  ])('%s → none', (text, want) => {
    expect(parseTextDate(text)).toBe(want);
  });

  test('slashed dates follow the page convention unless a part exceeds 12', () => {
    expect(parseTextDate('03/05/2024', true)).toBe('2024-03-05');
    expect(parseTextDate('03/05/2024', false)).toBe('2024-05-03');
    expect(parseTextDate('13/05/2024', true)).toBe('2024-05-13');
  });
});

describe('localDay keeps the calendar day as written', () => {
  test.each([
    ['2025-09-23T01:30:00+02:00', '2025-09-23'],
    ['2025-09-22T23:30:00-05:00', '2025-09-22'],
    ['2019-05-15 05:28:29', '2019-05-15'],
    ['2025-13-01', undefined],
    ['Tue, 3 Mar 2024', undefined],
  ])('%s → %s', (v, want) => {
    expect(localDay(v)).toBe(want);
  });
});

describe('dateFromUrl', () => {
  test.each([
    ['https://x.com/2024/03/05/some-story/', '2024-03-05'],
    ['https://x.com/news/20240305/story.html', '2024-03-05'],
    ['https://x.com/2024-03-05/story', '2024-03-05'],
    ['https://x.com/2024/03/story', undefined],
    ['https://x.com/article/235420/story', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, want) => {
    expect(dateFromUrl(url)).toBe(want);
  });
});

describe('findPublishedDate', () => {
  test.each([
    ['microdata', '<span itemprop="datePublished" content="2024-03-05T08:00:00+01:00">5 mars</span>', '2024-03-05'],
    ['byline <time> text', '<header><time datetime="2019-11-19T07:03:25+00:00">November 18, 2019 11:03 PM</time></header>', '2019-11-18'],
    ['<time> attribute when the text has no year', '<time class="published" datetime="2026-01-27T12:13:17+01:00">27 janv.</time>', '2026-01-27'],
    ['"updated" <time> skipped', '<div>Updated: <time datetime="2018-03-06">Mar 6, 2018</time> Original: <time datetime="2016-12-21">Dec 21, 2016</time></div>', '2016-12-21'],
    ['labelled byline text', '<p>Titre</p><div>Publié le 02/07/2019 à 17:06 | Mis à jour le 03/07/2019</div>', '2019-07-02'],
    ['German label', '<p>Veröffentlicht am 3. März 2024, 10:00 Uhr</p>', '2024-03-03'],
    ['Spanish label', '<p>Publicado el 3 de marzo de 2024</p>', '2024-03-03'],
    ['Italian label', '<p>Pubblicato il 3 marzo 2024</p>', '2024-03-03'],
    ['byline element', '<div class="by_line_date">by Jeff Foust | December 12, 2014 03:20pm ET</div>', '2014-12-12'],
    ['article footer meta', '<article><footer class="node__meta"><span class="post-created"> 28.01.22</span></footer></article>', '2022-01-28'],
    ['date element named by its test id', '<div><span class="text-overline text-grey" data-testid="article-details-date">3.11.2023</span></div>', '2023-11-03'],
    ['test id of an update date is not taken', '<span class="text-grey" data-testid="article-date">Aktualisiert 4.11.2023</span>', undefined],
    ['update-only byline text is not taken', '<div class="meta">Mis à jour le 03/07/2019</div>', undefined],
    ['page footer ignored', '<footer><time datetime="2020-01-01">1 janvier 2020</time></footer>', undefined],
    ['script JSON not read', '<script>{"datePublished":"2020-01-01"}</script><p>Publié</p>', undefined],
  ])('%s', (_name, body, want) => {
    expect(findPublishedDate(doc(body), URL0)).toBe(want);
  });

  test('falls back to the URL date', () => {
    expect(findPublishedDate(doc('<p>x</p>'), 'https://x.com/2024/03/05/story/')).toBe('2024-03-05');
  });

  test.each([
    ['UTC instant a day after the shown date', '2019-11-19T04:58:46Z', 'https://x.com/2019/11/18/story/', '2019-11-18'],
    ['+00:00 instant a day after the shown date', '2022-04-22T04:04:54+00:00', 'https://x.com/2022/04/21/story/', '2022-04-21'],
    ['explicit local offset is kept as written', '2022-04-22T00:30:00+02:00', 'https://x.com/2022/04/21/story/', '2022-04-22T00:30:00+02:00'],
    ['date-only declared is kept', '2022-04-22', 'https://x.com/2022/04/21/story/', '2022-04-22'],
    ['far from the shown date: declared kept', '2022-04-25T10:00:00Z', 'https://x.com/2022/04/21/story/', '2022-04-25T10:00:00Z'],
    ['same day: declared kept', '2022-04-21T10:00:00Z', 'https://x.com/2022/04/21/story/', '2022-04-21T10:00:00Z'],
  ])('%s', (_name, declared, url, want) => {
    expect(findPublishedDate(doc('<p>x</p>'), url, declared)).toBe(want);
  });

  test('day and month swapped in the declared date: an unambiguous shown date wins', () => {
    expect(findPublishedDate(doc('<span class="article-date">10.12.2022 07:00</span>', 'de'), URL0, '2022-10-12T07:00:03.000Z')).toBe('2022-12-10');
  });

  test('an ambiguous slashed shown date does not override a swapped declared date', () => {
    expect(findPublishedDate(doc('<span class="date">06/01/2026</span>', 'en'), URL0, '2026-01-06T10:00:00Z')).toBe('2026-01-06T10:00:00Z');
  });

  test('never throws on odd markup', () => {
    expect(() => findPublishedDate(doc('<time datetime="garbage">??</time><div class="date"></div>'), '::')).not.toThrow();
  });
});
