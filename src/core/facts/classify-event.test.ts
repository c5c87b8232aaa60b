import { describe, expect, test } from 'vitest';
import type { EventType, Lang } from '../types.ts';
import { classifyEvent } from './classify-event.ts';

describe('classifyEvent', () => {
  test.each<[Lang, string, string[], EventType, string]>([
    ['fr', "Nvidia va investir jusqu'à 100 milliards de dollars dans OpenAI", ['Nvidia a annoncé un investissement pouvant atteindre 100 milliards de dollars.'], 'investment', 'investissement'],
    ['en', 'Verizon to buy Yahoo for $4.8 billion', ['Verizon agreed to acquire Yahoo’s core business.'], 'acquisition', 'acquire'],
    ['en', 'WeWork begins layoffs', ['WeWork began layoffs of 2,400 employees this week.'], 'layoffs', 'layoffs'],
    ['de', 'Freenet übernimmt Media Broadcast', ['Der Konzern kündigte die Übernahme an.'], 'acquisition', 'Übernahme'],
    ['de', 'LVMH steigert Umsatz', ['Der Umsatz stieg auf 64,2 Mrd. Euro.'], 'earnings', 'Umsatz'],
    ['es', 'La empresa anuncia una alianza con Telefónica', ['Ambas firmaron una alianza estratégica.'], 'partnership', 'alianza'],
    ['es', 'Demanda contra la compañía', ['El fiscal presentó una demanda ante el tribunal.'], 'lawsuit', 'demanda'],
    ['it', 'Eni annuncia la fusione con Saipem', ['La fusione creerà un nuovo gruppo.'], 'merger', 'fusione'],
    ['it', 'La startup raccoglie 10 milioni', ['Il round di finanziamento è guidato da fondi italiani.'], 'funding', 'round'],
  ])('%s: %s', (lang, title, sentences, type, label) => {
    const e = classifyEvent(title, sentences, lang);
    expect(e.type).toBe(type);
    expect(e.label.toLowerCase()).toContain(label.toLowerCase());
    expect(e.sentence).toBe(0);
  });

  test.each<[Lang, string, string[], EventType]>([
    // An inquiry, and the people who invest, are no investment; "guidance" is advice as often as a forecast.
    ['en', 'The attorney general is investigating WeWork', ['The New York State Attorney General is investigating WeWork.', 'Investigators asked for documents.'], 'lawsuit'],
    ['en', 'Icahn named adviser', ['Carl Icahn, the billionaire investor, will advise on regulation.', 'Investors cheered.'], 'other'],
    ['de', 'Investoren warten ab', ['Die Investoren der Firma warten auf Zahlen.'], 'other'],
    ['en', 'Sweden sends war guidance', ['Sweden issued guidance to households on what to do in a war.'], 'other'],
    // Every occurrence counts: the first "invest" here is inside another word.
    ['en', 'Fund news', ['The fund will reinvest dividends and invest $2 billion in chips.'], 'investment'],
  ])('%s: %s → %s', (lang, title, sentences, type) => {
    expect(classifyEvent(title, sentences, lang).type).toBe(type);
  });

  test('no trigger: other', () => {
    expect(classifyEvent('La météo de demain', ['Il fera beau sur toute la France.'], 'fr').type).toBe('other');
  });
});
