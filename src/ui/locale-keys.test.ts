// Convention test: every UI string the card uses exists in all five locales, with the same placeholders as en.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EventType, UpsellKind } from '../core/types.ts';
import { eventKey } from './format/event-label.ts';
import { hiddenKindKey } from './format/hidden-kind-label.ts';

const SRC = resolve(import.meta.dirname, '..');
const LANGS = ['en', 'fr', 'de', 'es', 'it'] as const;
const EVENTS: EventType[] = ['acquisition', 'investment', 'partnership', 'funding', 'merger', 'order', 'listing', 'earnings', 'layoffs', 'lawsuit', 'other'];
const KINDS: UpsellKind[] = ['subscribe', 'support', 'newsletter', 'meter', 'app', 'follow', 'notifications', 'register', 'promo-other'];

interface Message { message: string; placeholders?: Record<string, { content: string }> }
const locale = (lang: string): Record<string, Message> =>
  JSON.parse(readFileSync(join(SRC, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, Message>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

// Literal keys passed to t('…') in the card's own files, plus the keys built from type names.
const usedKeys = [...new Set([
  ...[join(SRC, 'ui'), join(SRC, 'content', 'fact-card')].flatMap(sources)
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_@]+)'/g)].map((m) => m[1]!)),
  ...EVENTS.map(eventKey),
  ...KINDS.map(hiddenKindKey),
])].sort();

const placeholders = (m: Message | undefined) => [...(m?.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g) ?? [])].map((x) => x[1]!.toLowerCase()).sort();

describe('card locale keys', () => {
  test('the scan finds the card strings', () => {
    expect(usedKeys).toEqual(expect.arrayContaining(['card_save', 'card_readingTime', 'hidden_restoreAll', 'card_eventLawsuit', 'hidden_kindPromoOther']));
  });

  test.each(LANGS)('%s has every key the card uses, with en placeholders declared', (lang) => {
    const en = locale('en');
    const messages = locale(lang);
    for (const key of usedKeys) {
      expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
      expect(placeholders(messages[key]), `${lang}: ${key} placeholders`).toEqual(placeholders(en[key]));
      for (const name of placeholders(messages[key])) {
        expect(messages[key]?.placeholders?.[name]?.content, `${lang}: ${key} declares $${name}$`).toMatch(/^\$\d$/);
      }
    }
  });
});
