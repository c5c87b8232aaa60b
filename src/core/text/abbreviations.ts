import type { Lang } from '../types.ts';

/**
 * Abbreviations that end with a period but rarely end a sentence, per language. Intl.Segmenter follows plain
 * UAX #29 (no CLDR suppressions), so "M. Macron" or "Dr. Jones" are split after the title; the merge pass in
 * sentences.ts joins them back. Matching is case-sensitive: "Me." is a French title, "me." is not.
 */

/** Titles and fixed abbreviations: always joined with what follows (a name, a noun, a number). */
export const ALWAYS_MERGE: Record<Lang, readonly string[]> = {
  en: ['Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt',
    'Capt', 'Cmdr', 'Adm', 'Rev', 'Hon', 'Pres', 'Supt', 'Det', 'St', 'Mt', 'Ft', 'vs', 'Fig', 'approx'],
  fr: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste', 'Vve', 'cf', 'env', 'réf'],
  de: ['Dr', 'Prof', 'Hr', 'Hrn', 'Fr', 'Nr', 'St', 'Dipl', 'Ing', 'z', 'h', 'a', 'v', 'vgl', 'ca', 'bzw', 'inkl', 'ggf', 'evtl',
    'sog', 'Abs', 'Art', 'Bd', 'Str'],
  es: ['Sr', 'Sra', 'Sres', 'Srta', 'Dr', 'Dra', 'D', 'Dña', 'Lic', 'Ing', 'Prof', 'Excmo', 'Excma', 'Sto', 'Sta',
    'núm', 'pág', 'aprox'],
  it: ['Sig', 'Sigg', 'Sig.ra', 'Dott', 'Dott.ssa', 'Prof', 'Prof.ssa', 'Ing', 'Avv', 'On', 'Dr', 'Gen', 'Mons',
    'Geom', 'Rag', 'pag', 'ca'],
};

/**
 * Ambiguous abbreviations (company suffixes, amounts, months): joined unless the next segment starts with a
 * typical sentence opener ("Intel Corp. It said…" splits, "Apple Inc. CEO Tim Cook…" does not).
 */
export const MERGE_UNLESS_OPENER: Record<Lang, readonly string[]> = {
  en: ['Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Jr', 'Sr', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept',
    'Oct', 'Nov', 'Dec', 'bn', 'mn', 'Dept', 'Univ', 'Assn',
    // AP-style state abbreviations in datelines and places: "LA CROSSE, Wis. (AP) —", "Hialeah, Fla."
    'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
    'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo'],
  fr: ['Inc', 'Corp', 'Ltd', 'Co', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'sem', 'Mds', 'Md',
    'mds'],
  de: ['Inc', 'Corp', 'Ltd', 'Co', 'Mrd', 'Mio', 'Tsd', 'Bio', 'Jan', 'Feb', 'Apr', 'Aug', 'Sept', 'Okt', 'Nov',
    'Dez', 'Jh', 'Jhd'],
  es: ['Inc', 'Corp', 'Ltd', 'Co', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic', 'mill', 'Cía'],
  it: ['Inc', 'Corp', 'Ltd', 'Co', 'gen', 'feb', 'apr', 'ago', 'sett', 'ott', 'nov', 'dic', 'mld', 'mln', 'S.p.A'],
};

/** Time zones that follow "a.m."/"p.m." ("9 a.m. Eastern"): the only case where those merge. */
export const TIME_ZONES: readonly string[] = ['Eastern', 'Pacific', 'Central', 'Mountain', 'ET', 'EST', 'EDT', 'PT',
  'PST', 'PDT', 'CT', 'CST', 'CDT', 'MT', 'GMT', 'UTC', 'BST', 'CET', 'CEST'];

/** German month names: "am 3. Oktober" is an ordinal date, not a sentence end. */
export const DE_MONTHS: readonly string[] = ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli',
  'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Number signs: joined only when a number follows ("No. 1", "núm. 5"); "No. Is it useful?" is two sentences. */
export const BEFORE_NUMBER: readonly string[] = ['No', 'Nos', 'no', 'Nr', 'nr', 'núm', 'Núm', 'n', 'N', 'Art', 'art'];
