// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findUpsellBlocks } from './find-upsell-blocks.ts';

const para = (n: number) =>
  `<p>Item ${n} of today's round-up has dropped to its lowest price this year, and our reviewers liked it enough to recommend it without reservation for anyone who has been waiting for a sale on this kind of thing.</p>`;
const line = (shop: string, price: string) => `<ul><li><a href="https://shop.example/${shop}">Get it at ${shop} for ${price}</a></li></ul>`;
const page = (body: string) =>
  `<html><body><header><a href="/">Site</a></header><article><h1>Daily deals: headphones, consoles and more</h1><section>${body}</section></article></body></html>`;

const deals = page([para(1), line('Walmart', '$238.99'), para(2), line('Amazon', '$649.99'), para(3), line('Dell', '$549'), para(4), line('Amazon', '$67.77')].join(''));
const twoLines = page([para(1), line('Walmart', '$238.99'), para(2), line('Amazon', '$649.99'), para(3)].join(''));
const planTable = page(
  [para(1), para(2), `<div class="offer-box"><div><a href="/subscribe?plan=m">Subscribe for $4.99 a month</a></div><div><a href="/subscribe?plan=y">Subscribe for $49 a year</a></div><div><a href="/subscribe?plan=d">Subscribe for $2 a week</a></div></div>`, para(3)].join(''),
);
const samePitchTwice = (p: string) => `<div class="subscribe-box"><a href="/subscribe">Subscribe now for $1 a week</a></div>`.replace('$1', p);
const repeatedPitch = page([samePitchTwice('$1'), para(1), para(2), para(3), samePitchTwice('$1'), para(4), samePitchTwice('$1')].join(''));

const hidden = (html: string) =>
  findUpsellBlocks(new DOMParser().parseFromString(html, 'text/html'), { paywalled: false }).map((b) => b.element.textContent?.replace(/\s+/g, ' ').trim());

describe('dropShoppingLines through findUpsellBlocks', () => {
  test.each([
    ['priced shop lines spread through a deals story stay', deals, []],
  ] as const)('%s', (_name, html, expected) => {
    expect(hidden(html)).toEqual(expected);
  });

  test.each([
    ['two priced lines are too few to call a round-up', twoLines, 2],
    ['a plan table in one place is still a pitch', planTable, 1],
    ['the same pitch at one price, repeated, is still a pitch', repeatedPitch, 3],
  ] as const)('%s', (_name, html, count) => {
    expect(hidden(html)).toHaveLength(count);
  });
});
