import { describe, expect, it } from 'vitest';
import { CONSENT_TEXT, PAYWALL_TEXT, RELATED_TEXT, UPSELL_RULES } from './upsell-rules.ts';
import { alternation, compileRules } from './compile-patterns.ts';

// Calls to action and article prose in the five languages, with capitals, accents and digits next to words.
const TEXTS = [
  'Abonnez-vous dès maintenant pour 1 € le premier mois',
  'Vous avez lu 3 articles ce mois-ci. Soutenez une rédaction indépendante.',
  'Téléchargez notre application et ajoutez Numerama à l’écran d’accueil',
  'Suivez-nous sur Google Actualités',
  'Subscribe now for $1 a week. Already a subscriber? Sign in',
  'Sign up for our free daily newsletter',
  'Support independent journalism — donate today',
  'Folgen Sie uns auf Google News. Jetzt Abo abschließen: 9,99 € pro Monat',
  'Schon Abonnent? Hier anmelden. Newsletter bestellen',
  'Suscríbete a nuestro boletín. Añade Marca a la pantalla de inicio',
  'Hazte socio y apoya el periodismo',
  'Abbonati ora: 1 € al mese. Scarica la app. Iscriviti alla newsletter',
  'Le gouvernement a annoncé mardi un plan de 2 milliards d’euros pour les écoles.',
  'The company said subscriptions rose 12% as readers signed up for its app.',
  'Lesen Sie auch: Die Regierung plant neue Regeln',
  'Akzeptieren Sie Cookies? Wir verwenden Cookies',
  'ABONNEZ-VOUS',
  'réabonnement2024 abonnez-vous²',
];

describe('alternation', () => {
  const sets = [
    ...Object.values(UPSELL_RULES).flatMap((r) => [r.cta, r.hint]),
    RELATED_TEXT,
    CONSENT_TEXT,
    PAYWALL_TEXT,
  ].filter((s) => s.length > 0);

  it('compiles without the u flag', () => {
    for (const s of sets) expect(alternation(s)!.flags).toBe('i');
    expect(compileRules().kinds.every((k) => !k.cta || !k.cta.flags.includes('u'))).toBe(true);
  });

  it.each(TEXTS.flatMap((t) => [t, t.toUpperCase()]))('matches what the Unicode-mode pattern matches: %j', (text) => {
    for (const s of sets) {
      const unicode = new RegExp(`(?<![\\p{L}\\p{N}])(?:${s.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
      const ours = alternation(s, 'g')!;
      expect(Array.from(text.matchAll(ours), (m) => [m.index, m[0]])).toEqual(Array.from(text.matchAll(unicode), (m) => [m.index, m[0]]));
    }
  });

  it('finds calls to action at all on this table (the comparison is not vacuous)', () => {
    const cta = compileRules().kinds.map((k) => k.cta).filter((r): r is RegExp => !!r);
    expect(TEXTS.filter((t) => cta.some((r) => r.test(t))).length).toBeGreaterThan(8);
  });
});
