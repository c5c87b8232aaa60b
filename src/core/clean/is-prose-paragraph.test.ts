// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { compileRules } from './compile-patterns.ts';
import { isProseParagraph } from './is-prose-paragraph.ts';

const rules = compileRules();

function judge(html: string): boolean {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const p = doc.querySelector('[data-t]')!;
  return isProseParagraph(p, (p.textContent ?? '').replace(/\s+/g, ' ').trim(), rules);
}

describe('isProseParagraph', () => {
  // Article paragraphs that mention an offer, an app, a donation or a platform: prose wherever they sit.
  test.each([
    ['en, app and subscription in reporting', '<p data-t>Officials said passengers will be able to buy a monthly subscription pass for the ferry, and that a mobile app will let them download the app tickets from next spring.</p>'],
    ['en, quoted appeal', '<p data-t>“We need your support,” the harbor master told the council on Tuesday, asking boat owners to report damaged moorings before the storm season.</p>'],
    ['fr, abonnement and application', "<p data-t>L'entreprise propose aussi un abonnement à son service de sauvegarde, et son application mobile permet de suivre la consommation d'énergie de l'ordinateur.</p>"],
    ['fr, WhatsApp channel of the town hall', "<p data-t>Pour prévenir les habitants, la mairie a créé une chaîne WhatsApp et un canal Telegram où elle publie chaque matin la liste des communes privées d'eau.</p>"],
    ['de, Abonnement in reporting, lowercase sie', '<p data-t>Kunden sollen den Verbrauch künftig in einer App verfolgen können; ein Abonnement für den neuen Ökotarif soll ab Herbst angeboten werden, sagte sie am Montag.</p>'],
    ['es, suscripción in reporting', '<p data-t>Los usuarios del servicio municipal de bicicletas podrán renovar su suscripción anual desde una aplicación móvil a partir de enero, según el ayuntamiento.</p>'],
    ['en, a promo-sounding wrapper does not make a paragraph a promo', '<div class="newsletter-box"><p data-t>The city council voted on Tuesday to fund a new ferry line between the harbor and the three outer islands, ending years of debate.</p></div>'],
    ['en, speaks to the reader without any offer', '<p data-t>If you have ever waited for the last ferry on a winter evening, you will know why the islanders asked for a later departure this year.</p>'],
  ])('prose: %s', (_name, html) => {
    expect(judge(html)).toBe(true);
  });

  // Pitches: descriptions and small print of promo boxes.
  test.each([
    ['en, speaks to the reader about an offer', '<p data-t>Want to bookmark your favourite articles and stories to read later? Start your Harbor Premium subscription today and read without limits.</p>'],
    ['en, sign-up small print', '<p data-t>Our community members are treated to special offers and updates from us and our partners. You can check out at any time. Read our Privacy Policy.</p>'],
    ['fr, opens with the offer', '<p data-t>Abonnez-vous à la Gazette : profitez du journal où et quand vous le souhaitez, sur le web, en application et sur tablette, dès aujourd’hui.</p>'],
    ['fr, small print', '<p data-t>Vos données sont traitées conformément à notre politique de confidentialité. Désinscription en un clic depuis chaque envoi de la lettre.</p>'],
    ['fr, store names', "<p data-t>Alertes en temps réel et lecture hors connexion pour toute l'actualité de la région. Disponible sur l'App Store et Google Play.</p>"],
    ['de, formal Sie mid-sentence with small print', '<p data-t>Ausführliche Informationen zum Versandverfahren und zu Ihren Widerrufsmöglichkeiten erhalten Sie in unserer Datenschutzerklärung.</p>'],
    ['de, the paragraph itself carries a newsletter class', '<p data-t class="article-newsletter-subscription__text">Ob Sicherheitslücken, Viren oder Trojaner – alle wichtigen Meldungen der Woche gibt es kompakt bei unserem Team.</p>'],
    ['es, speaks to the reader about a subscription', '<p data-t>Con tu suscripción navegás sin límites, accedés a contenidos exclusivos y a los beneficios del club de lectores de todo el país.</p>'],
    ['inside a form', '<form><p data-t>Indiquez ci-dessous l’adresse avec laquelle vous êtes inscrit pour recevoir un lien qui vous permettra de choisir un mot de passe.</p></form>'],
    ['too short to judge', '<p data-t>The harbor reopened on Tuesday.</p>'],
  ])('not prose: %s', (_name, html) => {
    expect(judge(html)).toBe(false);
  });
});
