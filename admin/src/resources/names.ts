/**
 * Names of records in the console's language: the labels the API sends beside each reference
 * (`assignmentLabel { zh en }` beside `assignmentId`), and the record titles, which react-admin asks
 * of a plain function outside React and so read the language from here.
 */
import { en } from '../i18n/en';
import { zh, type AppMessages } from '../i18n/zh';
import type { EnumName } from '../enums';

export type Locale = 'zh' | 'en';

/** A referred record's name in both languages, as every `…Label` field of the API holds it. */
export interface Label {
  zh: string;
  en: string;
}

/** The selection of a label field. */
export const LABEL = '{ zh en }';

let current: Locale = 'zh';

/** Called whenever the console changes language (providers/i18nProvider.ts), before anything is shown in it. */
export function followLocale(locale: string): void {
  current = locale === 'en' ? 'en' : 'zh';
}

function isLabel(value: unknown): value is Label {
  return typeof value === 'object' && value !== null && typeof (value as Label).zh === 'string';
}

/** The name a label gives in `locale` (the console's language when omitted); undefined when there is no label. */
export function nameIn(label: unknown, locale: string = current): string | undefined {
  if (!isLabel(label)) return undefined;
  return locale === 'en' ? label.en || label.zh : label.zh;
}

/** A body's name in `locale` (the console's language when omitted): its English name in English, where it has one. */
export function bodyName(body: Record<string, unknown> | undefined, locale: string = current): string | undefined {
  if (typeof body?.name !== 'string') return undefined;
  return nameIn({ zh: body.name, en: typeof body.nameEn === 'string' ? body.nameEn : '' }, locale);
}

/** The field beside a reference that names it: `assignmentId` → `assignmentLabel`. */
export function labelSourceOf(source: string): string {
  return source.replace(/Id$/, 'Label');
}

/** The label of the record a reference field points at, in the console's language. */
export function referenceName(record: Record<string, unknown> | undefined, source: string, locale: string = current): string | undefined {
  return record ? nameIn(record[labelSourceOf(source)], locale) : undefined;
}

const MESSAGES: Record<Locale, AppMessages> = { zh, en };

/** An enum value's name in the console's language, for titles made outside React. */
export function enumValueName(enumName: EnumName, value: unknown): string {
  const names = (MESSAGES[current].enums as Record<string, Record<string, string> | undefined>)[enumName];
  return names?.[String(value)] ?? String(value ?? '');
}

/** Joins the parts of a title that are present. */
export function titleOf(...parts: Array<string | null | undefined | false>): string {
  return parts.filter(Boolean).join(' · ');
}

/** The start of a record's own text, to name a record that has no name of its own. */
export function clipped(text: unknown, length = 30): string | undefined {
  if (typeof text !== 'string' || !text.trim()) return undefined;
  const line = text.trim().split('\n')[0];
  return line.length > length ? `${line.slice(0, length)}…` : line;
}
