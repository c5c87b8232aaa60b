// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { baselineInPage } from './run-corpus-probe.ts';

describe('baselineInPage', () => {
  test.each([
    ['tag, id and classes, one with a colon', 'div#content > div.box.md:block', ['Sign up now']],
    ['a tag alone', 'aside', ['Follow us']],
    ['no match', 'section.missing', []],
    ['not a selector at all', 'div > > ]', []],
  ])('%s', (_why, path, blocks) => {
    document.body.innerHTML = '<div id="content"><p>Story</p><div class="box md:block">Sign up now</div></div><aside>Follow us</aside>';
    const got = baselineInPage([path]);
    expect(got.blocks.map((b) => b.trim())).toEqual(blocks);
    expect(got.text).toContain('Story');
  });
});
