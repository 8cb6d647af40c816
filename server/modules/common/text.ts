import { badInput } from '../../errors';

/** Trims a text input and refuses one that is blank once trimmed. */
export function requiredText(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, 'input.blank');
  return trimmed;
}

export function optionalText(field: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : requiredText(field, value);
}

/** A LIKE pattern that finds `text` anywhere, with `!` escaping the wildcards (same on both databases). */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** The changes that were actually given: inputs leave a field undefined to keep it as it is. */
export function givenOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Refuses an explicit null for any input field that cannot be cleared (leaving it out keeps it). */
export function refuseNulls(input: object, clearable: readonly string[] = []): void {
  for (const [field, value] of Object.entries(input)) {
    if (value === null && !clearable.includes(field)) throw badInput(field, 'input.notClearable');
  }
}
