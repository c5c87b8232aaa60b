import { describe, expect, test } from 'vitest';
import { roleBefore } from './find-roles.ts';

describe('roleBefore', () => {
  const before = (sentence: string, name: string) => roleBefore(sentence, sentence.indexOf(name));
  test.each([
    ['Selon le PDG d’OpenAI Sam Altman, tout va bien.', 'Sam Altman', 'PDG d’OpenAI'],
    ['Microsoft President Brad Smith said so.', 'Brad Smith', 'Microsoft President'],
    ['Der Chef der Deutschen Bank Christian Sewing sagte das.', 'Christian Sewing', 'Chef der Deutschen Bank'],
  ])('%j: %s holds the role %j', (sentence, name, role) => {
    expect(before(sentence, name)).toBe(role);
  });

  // The name after a connector is the role's organisation, also after an inflected German adjective.
  test.each([
    ['Le PDG de Nvidia a parlé.', 'Nvidia'],
    ['Er leitet den Aufsichtsrat der Deutschen Bank seit 2022.', 'Bank'],
    ['Die Präsidentin der Europäischen Zentralbank warnt.', 'Zentralbank'],
  ])('%j: %s holds no role', (sentence, name) => {
    expect(before(sentence, name)).toBeUndefined();
  });
});
