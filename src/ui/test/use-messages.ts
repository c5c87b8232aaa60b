// Test helper: makes t() answer from a real _locales file, resolving placeholders the way browsers do,
// so tests read real UI strings and check the messages files' placeholders at the same time.
import { vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import en from '../../_locales/en/messages.json' with { type: 'json' };
import fr from '../../_locales/fr/messages.json' with { type: 'json' };
import de from '../../_locales/de/messages.json' with { type: 'json' };
import es from '../../_locales/es/messages.json' with { type: 'json' };
import it from '../../_locales/it/messages.json' with { type: 'json' };

interface Message { message: string; placeholders?: Record<string, { content: string }> }
const FILES: Record<string, Record<string, Message>> = { en, fr, de, es, it };

/** Resolves one message like `browser.i18n.getMessage`: named placeholders → `$1…$9` → substitutions. */
export function resolveMessage(entry: Message | undefined, substitutions?: string | Array<string | number>): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions.map(String) : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : m;
    })
    .replace(/\$\$/g, '$');
}

/** Mocks `browser.i18n` with the given locale's messages file. Call after `fakeBrowser.reset()`. */
export function useMessages(lang: 'en' | 'fr' | 'de' | 'es' | 'it' = 'en'): void {
  const file = FILES[lang]!;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) => resolveMessage(file[key], subs));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
}
