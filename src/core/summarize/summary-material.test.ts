import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { isSummaryMaterial } from './summary-material.ts';

describe('isSummaryMaterial', () => {
  test.each<[Lang, string]>([
    ['en', 'Nvidia said on Monday it would invest up to $100bn in OpenAI to build data centres.'],
    ['en', 'The deal, which still needs regulatory approval, was first reported by "The Information" on Sunday.'],
    ['fr', "Le fabricant de puces Nvidia a annoncé lundi un investissement pouvant atteindre 100 milliards de dollars."],
    ['fr', 'Selon Le Canard enchaîné, un « épais fichier » a été constitué par des proches du secrétaire général.'],
    ['de', 'Der Chiphersteller will bis zu 100 Milliarden Dollar in das Start-up investieren, teilte er mit.'],
    ['es', 'La empresa invertirá hasta 100.000 millones de dólares en centros de datos, según un comunicado.'],
    ['it', "L'azienda investirà fino a 100 miliardi di dollari in nuovi data center, secondo una nota."],
    ['en', 'by the end of the day the company had lost a fifth of its market value .'],
  ])('%s keeps: %s', (lang, sentence) => {
    expect(isSummaryMaterial(sentence, lang)).toBe(true);
  });

  test.each<[Lang, string]>([
    ['en', 'Shares rose.'],
    ['en', 'What does this mean for consumers and for the wider chip industry?'],
    ['en', 'Read more: Why Nvidia is betting on OpenAI and the data centre boom'],
    ['en', 'Photo: Justin Sullivan/Getty Images for the company event in San Jose'],
    ['en', 'Jensen Huang at the GTC conference in San Jose, California. © Reuters 2025'],
    ['en', 'Published September 22, 2025 at 10:14 am, updated 11:02 am'],
    ['en', '“We are thrilled to partner with the team, and we will build the future together,” he said.'],
    ['fr', 'Lire aussi : Nvidia rachète 4 % d’Intel pour cinq milliards de dollars'],
    ['fr', 'À lire aussi Comment OpenAI finance ses centres de données géants'],
    ['fr', '« Tout commence par le calcul, et nous allons le construire ensemble », a déclaré M. Altman.'],
    ['fr', 'Faut-il craindre une bulle de l’intelligence artificielle dans les mois à venir ?'],
    ['fr', "window.pvp_abc = new Pvp('dmpublic', {idDM: 'x3oe2gx', mediaType: 'dm-public'})"],
    ['de', 'Lesen Sie auch: Warum Nvidia so viel Geld in OpenAI steckt und was das bedeutet'],
    ['de', '„Das ist ein historischer Schritt für unser Unternehmen und die ganze Branche“, sagte er.'],
    ['es', 'Lee también: Nvidia invierte en OpenAI y sube en bolsa tras el anuncio de hoy'],
    ['es', '¿Qué significa este acuerdo para el resto de la industria de los semiconductores?'],
    ['it', 'Leggi anche: Nvidia investe in OpenAI e vola in borsa dopo l’annuncio'],
    ['it', 'Foto: Ansa, il presidente della società durante la conferenza di ieri a Milano.'],
    ['fr', 'Par la rédaction · Publié le 4 novembre 2019 à 10h52 Un mois plus tard, le ministre a promis une aide.'],
    ['en', 'The minister unveiled the brochure in October (Picture: Jane Roe/AP) Sweden has told households to prepare.'],
    ['en', 'Many of the offers that appear on the website are from companies from which the site receives compensation.'],
    ['en', 'Canadian Rockies resort completes a sweeping overhaul after the devastating 2024 wildfire'],
    ['de', 'Schwimmender Windpark vor der Küste Portugals im Sommer des vergangenen Jahres'],
    // Any case; bylines; text whose lowercasing changes length ("İ") takes the 'iu' patterns.
    ['en', 'READ MORE: Why Nvidia is betting on OpenAI and the data centre boom'],
    ['fr', 'PUBLIÉ LE 4 novembre 2019 à 10h52, mis à jour le 5 novembre à midi.'],
    ['en', 'By Jane Doe-Smith.'],
    ['en', 'Photo: İlker Başbuğ at the press conference in Ankara, on Tuesday.'],
    ['en', 'By İlker Başbuğ.'],
  ])('%s skips: %s', (lang, sentence) => {
    expect(isSummaryMaterial(sentence, lang)).toBe(false);
  });
});
