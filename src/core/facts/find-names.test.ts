import { describe, expect, it } from 'vitest';
import { findNames, isInstitution } from './find-names.ts';
import { isCapsLine } from './entity-table.ts';

describe('isInstitution', () => {
  it.each([
    ['Ministerio', true], ['Ministère', true], ['Minist', true], ['Secretaría', true], ['Institut', true], ['Instituto', true],
    ['Comisión', true], ['Universidad', true], ['Università', true], ['Dirección', true], ['Fundación', true], ['Bank', true],
    ['Banque', true], ['Office', true], ['Bureau', true], ['Department', true],
    ['Ministry-of', false], ['Universe2', false], ['Banks', false], ['ministerio', false], ['Tesla', false], ['', false], ['Fundaci ón', false],
  ])('%j: %s', (word, want) => {
    expect(isInstitution(word)).toBe(want);
  });
});

describe('findNames with institutions', () => {
  it.each([
    ['Le Ministerio de Energía y Minas a publié un rapport.', 'es', 'Ministerio de Energía y Minas'],
    ['Tesla y Mercedes venden más coches.', 'es', 'Tesla'],
  ] as const)('%j → first name %j', (sentence, lang, first) => {
    expect(findNames(sentence, lang)[0]?.text).toBe(first);
  });
});

describe('isCapsLine', () => {
  it.each([
    ['“UNA CONFRONTACIÓN MÁXIMA”', true],
    ['"DEMANDER DAVANTAGE DE SACRIFICES AUX PORTUGAIS"', true],
    ['Nvidia and OpenAI signed.', false],
    ['NATO', true],
    ['SNS', false],
    ['엘제이-류화영 진흙탕 싸움 SNS', false],
    ['', false],
  ] as const)('%j → %s', (line, want) => {
    expect(isCapsLine(line)).toBe(want);
  });
});
