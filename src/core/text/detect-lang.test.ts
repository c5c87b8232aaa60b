import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { detectLang } from './detect-lang.ts';

describe('detectLang', () => {
  test.each<[string, string | undefined, Lang]>([
    ['anything at all', 'fr-FR', 'fr'],
    ['The company said on Monday.', 'de_DE', 'de'],
    ['Le groupe a annoncé un investissement.', 'FR', 'fr'],
    ['Le groupe a annoncé un investissement dans les puces.', 'pt-BR', 'fr'],
    ['Le groupe a annoncé un investissement dans les puces.', '', 'fr'],
  ])('hint: %s (%s)', (text, hint, expected) => {
    expect(detectLang(text, hint)).toBe(expected);
  });

  // About 40 and 120 characters per language: short texts are where profile detectors fail.
  test.each<[string, Lang]>([
    ['The chipmaker said it would invest in the company.', 'en'],
    ['Nvidia said on Monday that it would invest up to $100 billion in OpenAI as part of a deal to build data centres.', 'en'],
    ["Le fabricant de puces a annoncé l'accord.", 'fr'],
    ["Le fabricant de puces a annoncé lundi un investissement pouvant atteindre 100 milliards de dollars dans OpenAI.", 'fr'],
    ['Der Konzern will die Firma nicht kaufen.', 'de'],
    ['Der Chiphersteller Nvidia will bis zu 100 Milliarden Dollar in OpenAI investieren, wie das Unternehmen mitteilte.', 'de'],
    ['La empresa dijo que invertirá en la firma.', 'es'],
    ['El fabricante de chips anunció el lunes una inversión de hasta 100.000 millones de dólares en OpenAI para centros.', 'es'],
    ["L'azienda ha detto che investirà nella società.", 'it'],
    ['Il produttore di chip ha annunciato lunedì un investimento fino a 100 miliardi di dollari in OpenAI per i data center.', 'it'],
  ])('profile: %s', (text, expected) => {
    expect(detectLang(text)).toBe(expected);
  });

  test('falls back to English when nothing matches', () => {
    expect(detectLang('12345 67890 !!!')).toBe('en');
    expect(detectLang('')).toBe('en');
  });
});
