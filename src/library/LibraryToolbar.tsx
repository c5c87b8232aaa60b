import { useMemo } from 'preact/hooks';
import type { CatalogueRow } from '../storage/catalogue.ts';
import { t } from '../platform/i18n.ts';
import { languageName } from './format-date.ts';

interface Props {
  items: CatalogueRow[];
  query: string;
  site: string;
  lang: string;
  onQuery(q: string): void;
  onSite(site: string): void;
  onLang(lang: string): void;
}

/** Distinct values, most frequent first. */
function facets(items: CatalogueRow[], pick: (s: CatalogueRow) => string): string[] {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(pick(s), (counts.get(pick(s)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

export function LibraryToolbar({ items, query, site, lang, onQuery, onSite, onLang }: Props) {
  // Counting 10,000 rows on every keystroke of a search would eat the search budget: once per list.
  const sites = useMemo(() => facets(items, (s) => s.site), [items]);
  const langs = useMemo(() => facets(items, (s) => s.lang), [items]);
  return (
    <search class="toolbar">
      <label for="q">{t('library_search')}</label>
      <input id="q" type="search" value={query} placeholder={t('library_searchPlaceholder')} data-action="search"
        onInput={(e) => onQuery(e.currentTarget.value)} />
      <label for="site">{t('library_filterSite')}</label>
      <select id="site" value={site} data-action="filter-site" onChange={(e) => onSite(e.currentTarget.value)}>
        <option value="">{t('library_allSites')}</option>
        {sites.map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
      <label for="lang">{t('library_filterLang')}</label>
      <select id="lang" value={lang} data-action="filter-lang" onChange={(e) => onLang(e.currentTarget.value)}>
        <option value="">{t('library_allLangs')}</option>
        {langs.map((v) => <option key={v} value={v}>{languageName(v)}</option>)}
      </select>
    </search>
  );
}
