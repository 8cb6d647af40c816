/**
 * Chinese by default, English on demand: react-admin's messages in each language (ra-zh.ts holds
 * the Chinese ones), with the console's own laid over them.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'ra-core';
import englishMessages from 'ra-language-english';
import { raChinese } from '../i18n/ra-zh';
import { zh } from '../i18n/zh';
import { en } from '../i18n/en';
import { resourceLabels } from '../resources/labels';
import { followLocale } from '../resources/names';

type Tree = { [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges message trees, later ones winning key by key; the inputs are left untouched. */
export function deepMerge(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      out[key] = isTree(value) && isTree(out[key]) ? deepMerge(out[key] as Tree, value) : isTree(value) ? deepMerge(value) : value;
    }
  }
  return out;
}

export const MESSAGES: Record<'zh' | 'en', TranslationMessages> = {
  zh: deepMerge(raChinese as unknown as Tree, zh, resourceLabels('zh')) as unknown as TranslationMessages,
  en: deepMerge(englishMessages as unknown as Tree, en, resourceLabels('en')) as unknown as TranslationMessages,
};

export const LOCALES = [
  { locale: 'zh', name: zh.app.language.zh },
  { locale: 'en', name: en.app.language.en },
];

const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? MESSAGES.en : MESSAGES.zh), 'zh', LOCALES);

/** Record titles are made outside React: they learn each change of language here, before the screens render in it. */
export const i18nProvider: typeof polyglot = {
  ...polyglot,
  changeLocale: (locale, options) => {
    followLocale(locale);
    return polyglot.changeLocale(locale, options);
  },
};
