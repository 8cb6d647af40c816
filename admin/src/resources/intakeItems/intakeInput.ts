/** The intake form's values: the API's fields, plus the form's own "anonymous" switch. */
export interface IntakeFormValues {
  anonymous?: boolean | null;
  informant?: { name?: string | null; contact?: string | null } | null;
  [field: string]: unknown;
}

/**
 * The values as createIntakeItem takes them: the informant only for a named report whose name was
 * given (the API reads a missing informant as anonymous), never the switch itself.
 */
export function toIntakeInput({ anonymous, informant, ...values }: IntakeFormValues): Record<string, unknown> {
  const name = informant?.name?.trim();
  if (anonymous !== false || !name) return values;
  const contact = informant?.contact?.trim();
  return { ...values, informant: contact ? { name, contact } : { name } };
}
