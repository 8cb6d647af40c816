/**
 * The API's refusals in the reader's language. The server sends each error's message key and
 * parameters (shared/messages.ts); here they are worded in Chinese or English, with enum values,
 * fields, record types and actions shown by the console's own labels. An error whose key the
 * console does not know is shown as the server's English words in English, and as a general Chinese
 * sentence with its code in Chinese, so that no English reaches a Chinese reader.
 *
 * Free of React so that it can be tested in Node.
 */
import { isMessageKey, renderMessage, type Language, type LabelOf, type MessageParams, type ParamKind } from '../../../shared/messages';
import { ApiError } from './graphqlClient';
import { RESOURCES } from './resources';

/** What the console keeps of an API error to word it again in another language. */
export interface ServerError {
  code: string;
  /** The server's English words. */
  message: string;
  messageKey?: string;
  params?: MessageParams;
  /** The input field at fault, as the form names it (without `input.`). */
  field?: string;
}

/** A translation by its dotted key, or undefined when the language has none. */
export type Lookup = (key: string) => string | undefined;

/** A lookup in a react-admin message tree. */
export function lookupIn(tree: object): Lookup {
  return (key) => {
    let node: unknown = tree;
    for (const part of key.split('.')) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' ? node : undefined;
  };
}

/** `Body |||| Bodies` → `Body`: a resource's name for one record. */
const singular = (name: string | undefined) => name?.split('||||')[0].trim();

/** The resource whose records have the GraphQL type `subject`. */
function resourceOfSubject(subject: string): string | undefined {
  return Object.entries(RESOURCES).find(([, spec]) => spec.type === subject)?.[0];
}

/** How enum values, fields, record types and actions read in a language, from the console's labels. */
export function labelsFrom(lookup: Lookup, resource?: string): LabelOf {
  return (kind: ParamKind, value: string) => {
    if (kind.startsWith('enum')) return lookup(`enums.${kind.slice(kind.indexOf(':') + 1)}.${value}`);
    if (kind === 'field') return fieldLabel(lookup, value, resource);
    if (kind === 'subject') {
      const name = resourceOfSubject(value);
      return name ? singular(lookup(`resources.${name}.name`)) : undefined;
    }
    if (kind === 'action') return lookup(`app.access.actions.${value.toUpperCase()}`);
    return undefined;
  };
}

/** A field's label in the resource's form (`input.year` and `filter.year` read as `year`). */
export function fieldLabel(lookup: Lookup, field: string, resource?: string): string | undefined {
  const name = field
    .replace(/^(input|filter)\./, '')
    .split('.')
    .pop()!;
  return resource ? lookup(`resources.${resource}.fields.${name}`) : undefined;
}

/** The general sentence for an error the console cannot word, by language. */
const UNKNOWN: Record<Language, (code: string) => string> = {
  en: () => '',
  zh: (code) => `操作未能完成，服务器拒绝了该请求（代码 ${code}）。`,
};
const FIELD_SEPARATOR: Record<Language, string> = { en: ': ', zh: '：' };

/**
 * An error worded for the reader: `text` for a notification, and `fieldText` for the line under the
 * field at fault (the same words without the field's name). The general input messages (`input.*`)
 * do not say which field they mean, so the notification puts the field's label first.
 */
export function wordError(
  error: ServerError,
  language: Language,
  lookup: Lookup,
  resource?: string,
): { text: string; fieldText: string; known: boolean } {
  const key = error.messageKey;
  if (!key || !isMessageKey(key)) {
    const text = language === 'en' ? error.message : UNKNOWN.zh(error.code);
    return { text, fieldText: text, known: false };
  }
  const fieldText = renderMessage(key, error.params ?? {}, language, labelsFrom(lookup, resource))!;
  const label = error.field ? fieldLabel(lookup, error.field, resource) : undefined;
  const text = key.startsWith('input.') && label ? `${label}${FIELD_SEPARATOR[language]}${fieldText}` : fieldText;
  return { text, fieldText, known: true };
}

/** Where an error is worded: the resource it concerns, and the fields of the form that was sent, if any. */
export interface ErrorPlace {
  resource?: string;
  /** A field error is shown under its field only if the form has it; otherwise it is notified. */
  formFields?: readonly string[];
}

/**
 * An API error (graphqlClient.ts) worded for the reader: its message in their language, and a field
 * error (`body.errors`, which react-admin shows under the field) only for a field of the form sent.
 * Errors that did not come from the server (a message that is already a translation key) are left as
 * they are.
 */
export function localizeApiError(error: unknown, language: Language, lookup: Lookup, place: ErrorPlace = {}): unknown {
  if (!(error instanceof ApiError) || error.body.serverMessage === undefined) return error;
  const { body } = error;
  const worded = wordError(
    { code: body.code, message: body.serverMessage!, messageKey: body.messageKey, params: body.params, field: body.field },
    language,
    lookup,
    place.resource,
  );
  const { errors: _serverErrors, ...rest } = body;
  const onForm = body.code === 'BAD_USER_INPUT' && body.field !== undefined && (place.formFields ?? []).includes(body.field);
  const localized = new ApiError(worded.text, error.status, {
    ...rest,
    ...(onForm ? { errors: { [body.field!]: worded.fieldText, root: { serverError: worded.text } } } : {}),
  });
  return localized;
}
