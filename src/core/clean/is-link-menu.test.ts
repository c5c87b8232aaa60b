// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { compileRules } from './compile-patterns.ts';
import { findUpsellBlocks } from './find-upsell-blocks.ts';
import { inLinkMenu, isLinkMenu } from './is-link-menu.ts';
import { TextCache } from './text-of.ts';

const story =
  '<article><h1>Council approves the new tram line</h1>' +
  '<p>The city council approved the eastern tram extension on Tuesday after a two-year consultation, with work due to start in the spring and the first trams expected to run before the end of the decade.</p>' +
  '<p>Residents along the route had asked for more crossings and quieter rails, and the final plan adds four crossings and a noise barrier along the most crowded stretch near the schools.</p></article>';
const page = (chrome: string) => `<html><body>${chrome}${story}</body></html>`;

const sectionBar = `<div class="top"><a href="/">Daily Ledger</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/offers">Subscribe</a></div>`;
const footerLinks = `<div class="bottom"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/ads">Advertise</a> <a href="/jobs">Jobs</a> <a href="/newsletters">Newsletters</a> <a href="/rss">RSS</a></div>`;
const toolbar = `<div class="tools"><button>Anhören</button> <button>Merken</button> <button>Teilen</button> <button>Feedback</button> <button>Drucken</button></div>`;
const followBar = `<div class="social"><span>Follow us</span> <a href="https://www.facebook.com/ledger">Facebook</a> <a href="https://www.instagram.com/ledger">Instagram</a> <a href="https://www.youtube.com/c/ledger">YouTube</a> <a href="https://whatsapp.com/channel/x">WhatsApp</a> <a href="/contact">Contact</a></div>`;
const planTable = `<div class="offer"><a href="/subscribe?p=1">Digital</a> <a href="/subscribe?p=2">Print</a> <a href="/subscribe?p=3">Family</a> <a href="/subscribe?p=4">Student</a> <a href="/gift">Gift</a> <span>from €4.99 a month</span></div>`;
const pitch = `<div class="promo"><p>Never miss a story: get the morning briefing in your inbox every day.</p><a href="/newsletters">Sign up</a></div>`;

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const first = (html: string, sel: string) => doc(page(html)).querySelector(sel)!;

describe('isLinkMenu', () => {
  test.each([
    ['a section bar with one Subscribe entry', sectionBar, '.top', true],
    ['a footer link list with a Newsletters entry', footerLinks, '.bottom', true],
    ['an article toolbar (Anhören, Merken, Teilen…)', toolbar, '.tools', true],
    ['a follow-us bar: mostly platforms', followBar, '.social', false],
    ['a plan table: it names a price', planTable, '.offer', false],
    ['a pitch with one button', pitch, '.promo', false],
  ] as const)('%s → %s', (_name, html, sel, expected) => {
    expect(isLinkMenu(first(html, sel), compileRules(), new TextCache())).toBe(expected);
  });
});

describe('inLinkMenu', () => {
  test.each([
    ['the Subscribe entry of a section bar', sectionBar, 'a[href="/offers"]', true],
    ['the Newsletters entry of a footer', footerLinks, 'a[href="/newsletters"]', true],
    ['the sign-up button of a pitch box', pitch, '.promo a', false],
  ] as const)('%s → %s', (_name, html, sel, expected) => {
    expect(inLinkMenu(first(html, sel), compileRules(), new TextCache())).toBe(expected);
  });
});

describe('menus through findUpsellBlocks', () => {
  const hidden = (chrome: string) =>
    findUpsellBlocks(doc(page(chrome)), { paywalled: false }).map((b) => b.element.textContent?.replace(/\s+/g, ' ').trim());
  test.each([
    ['a section bar stays, entry and all', sectionBar, []],
    ['a footer link list stays', footerLinks, []],
    ['an article toolbar stays', toolbar, []],
    ['a follow-us bar is still hidden', followBar, 1],
    ['a newsletter pitch is still hidden', pitch, 1],
  ] as const)('%s', (_name, chrome, expected) => {
    const got = hidden(chrome);
    if (typeof expected === 'number') expect(got).toHaveLength(expected);
    else expect(got).toEqual(expected);
  });
});
