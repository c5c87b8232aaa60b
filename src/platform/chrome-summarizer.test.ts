import { afterEach, describe, expect, test, vi } from 'vitest';
import { abstractiveAvailable, abstractiveOutcome, abstractiveTldrFor, tryAbstractiveTldr, type SummarizerApi, type SummarizerSession } from './chrome-summarizer.ts';

const ARTICLE =
  'Nvidia a annoncé lundi un investissement pouvant atteindre 100 milliards de dollars dans OpenAI.\n\n' +
  'Le premier gigawatt sera opérationnel dans la seconde moitié de 2026.';

function fakeApi(opts: { availability?: string; output?: string | Error; quota?: number; usagePerChar?: number } = {}) {
  const session: SummarizerSession & { inputs: string[]; destroyed: boolean } = {
    inputs: [],
    destroyed: false,
    inputQuota: opts.quota,
    measureInputUsage: async (input: string) => input.length * (opts.usagePerChar ?? 1),
    summarize: async (input: string) => {
      session.inputs.push(input);
      if (opts.output instanceof Error) throw opts.output;
      return opts.output ?? 'Nvidia investit jusqu’à 100 milliards de dollars dans OpenAI.';
    },
    destroy: () => {
      session.destroyed = true;
    },
  };
  const api = {
    availability: vi.fn(async () => (opts.availability ?? 'available') as 'available'),
    create: vi.fn(async () => session),
  } satisfies SummarizerApi;
  return { api, session };
}

describe('tryAbstractiveTldr', () => {
  afterEach(() => {
    delete (globalThis as { Summarizer?: unknown }).Summarizer;
  });

  test('returns the model TL;DR when available and its numbers are in the article', async () => {
    const { api, session } = fakeApi();
    await expect(tryAbstractiveTldr(ARTICLE, 'fr', { api, title: 'Nvidia et OpenAI' })).resolves.toBe(
      'Nvidia investit jusqu’à 100 milliards de dollars dans OpenAI.',
    );
    expect(api.availability).toHaveBeenCalledWith(expect.objectContaining({ type: 'tldr', expectedInputLanguages: ['fr'], outputLanguage: 'fr' }));
    expect(session.destroyed).toBe(true);
  });

  test.each(['downloadable', 'downloading', 'unavailable'])('never creates a session when the model is %s', async (availability) => {
    const { api } = fakeApi({ availability });
    await expect(tryAbstractiveTldr(ARTICLE, 'fr', { api })).resolves.toBeNull();
    expect(api.create).not.toHaveBeenCalled();
  });

  test('rejects a summary with a number the article does not have', async () => {
    const { api, session } = fakeApi({ output: 'Nvidia investit 100 millions de dollars dans OpenAI.' });
    await expect(tryAbstractiveTldr(ARTICLE, 'fr', { api })).resolves.toBeNull();
    expect(session.destroyed).toBe(true);
  });

  test('errors become null and the session is still destroyed', async () => {
    const { api, session } = fakeApi({ output: new Error('model crashed') });
    await expect(tryAbstractiveTldr(ARTICLE, 'fr', { api })).resolves.toBeNull();
    expect(session.destroyed).toBe(true);
  });

  test('tidies the output to at most two plain sentences', async () => {
    const { api } = fakeApi({ output: 'TL;DR:\n* Nvidia investit dans **OpenAI**.\n* Le premier gigawatt arrive en 2026.\n* Troisième phrase.' });
    await expect(tryAbstractiveTldr(ARTICLE, 'fr', { api })).resolves.toBe('Nvidia investit dans OpenAI. Le premier gigawatt arrive en 2026.');
  });

  test('cuts the input to the session quota', async () => {
    const { api, session } = fakeApi({ quota: 60 });
    await tryAbstractiveTldr(ARTICLE, 'fr', { api });
    expect(session.inputs[0]!.length).toBeLessThanOrEqual(60);
    expect(ARTICLE.startsWith(session.inputs[0]!)).toBe(true);
  });

  test('null without the API (Firefox) or without a document (service worker)', async () => {
    await expect(tryAbstractiveTldr(ARTICLE, 'fr')).resolves.toBeNull();
    (globalThis as { Summarizer?: unknown }).Summarizer = fakeApi().api;
    // Node has no `document`, like the service worker: the global is not even looked at.
    await expect(tryAbstractiveTldr(ARTICLE, 'fr')).resolves.toBeNull();
  });

  test('abstractiveTldrFor wraps the text as an abstractive TldrFact', async () => {
    const { api } = fakeApi();
    const facts = { sentences: ARTICLE.split('\n\n'), meta: { title: 'Nvidia et OpenAI', lang: 'fr' as const } } as Parameters<typeof abstractiveTldrFor>[0];
    await expect(abstractiveTldrFor(facts, { api })).resolves.toEqual({
      text: 'Nvidia investit jusqu’à 100 milliards de dollars dans OpenAI.',
      sentences: [],
      method: 'abstractive',
    });
    await expect(abstractiveTldrFor(facts, { api: fakeApi({ availability: 'downloadable' }).api })).resolves.toBeNull();
  });
});

describe('abstractiveOutcome and abstractiveAvailable (what the popup offers and says)', () => {
  test.each([
    ['available', true],
    ['downloadable', false],
    ['downloading', false],
    ['unavailable', false],
  ])('availability %s → offered: %s', async (availability, offered) => {
    const { api } = fakeApi({ availability });
    await expect(abstractiveAvailable('fr', api)).resolves.toBe(offered);
    expect(api.create).not.toHaveBeenCalled();
  });

  test('no API, or availability() throwing: not offered', async () => {
    await expect(abstractiveAvailable('fr', undefined)).resolves.toBe(false);
    const { api } = fakeApi();
    api.availability.mockRejectedValueOnce(new Error('blocked by policy'));
    await expect(abstractiveAvailable('fr', api)).resolves.toBe(false);
  });

  test.each([
    ['the model text', {}, { ok: true, text: 'Nvidia investit jusqu’à 100 milliards de dollars dans OpenAI.' }],
    ['a number the article lacks', { output: 'Nvidia investit 200 milliards de dollars.' }, { ok: false, reason: 'numbers' }],
    ['an error', { output: new Error('crash') }, { ok: false, reason: 'failed' }],
    ['an empty answer', { output: ' ' }, { ok: false, reason: 'failed' }],
    ['a model that is not on the device', { availability: 'downloadable' }, { ok: false, reason: 'unavailable' }],
  ])('%s', async (_name, opts, expected) => {
    const { api } = fakeApi(opts);
    await expect(abstractiveOutcome(ARTICLE, 'fr', { api })).resolves.toEqual(expected);
  });
});
