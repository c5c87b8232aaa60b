import { describe, expect, test } from 'vitest';
import { readJsonLdTypesFrom } from './read-json-ld-types.ts';

const script = (text: string) => ({ textContent: text }) as unknown as Element;
const types = (...texts: string[]) => [...readJsonLdTypesFrom(texts.map(script))].sort();

describe('readJsonLdTypesFrom', () => {
  test.each([
    ['one type', '{"@context":"https://schema.org","@type":"NewsArticle"}', ['NewsArticle']],
    ['a list of types, spaces around', '{"@type" : [ "Article" , "BlogPosting" ]}', ['Article', 'BlogPosting']],
    ['schema.org prefixes dropped', '{"@type":"https://schema.org/NewsArticle"},{"@type":"http://schema.org/WebPage"},{"@type":"schema.org/Person"}', ['NewsArticle', 'Person', 'WebPage']],
    ['nested graph', '{"@graph":[{"@type":"WebSite"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem"}]}]}', ['BreadcrumbList', 'ListItem', 'WebSite']],
    ['an empty type', '{"@type":""}', []],
    ['a type name with spaces trimmed', '{"@type":" Article "}', ['Article']],
    ['no colon after @type', '{"@type" "Article"}', []],
    ['an unclosed list', '{"@type":["Article"', []],
    ['a type that is neither string nor list', '{"@type":null,"name":"NewsArticle"}', []],
    ['not free', '{"@type":"NewsArticle","isAccessibleForFree":"False"}', ['!free', 'NewsArticle']],
    ['not free, boolean, other case', '{"@type":"NewsArticle","isaccessibleforfree": false}', ['!free', 'NewsArticle']],
    ['free', '{"@type":"NewsArticle","isAccessibleForFree":true}', ['NewsArticle']],
  ])('%s', (_name, text, want) => {
    expect(types(text)).toEqual(want);
  });

  test('several scripts add up', () => {
    expect(types('{"@type":"WebSite"}', '{"@type":"NewsArticle"}')).toEqual(['NewsArticle', 'WebSite']);
  });
});
