/**
 * The rules a refusal can name (`extensions.rule`, from server/permissions/delegation.ts), each told
 * in the reader's language by a sentence under `app.governance`; a test keeps the list equal to the
 * server's. Free of React so that it can be tested in Node.
 */
export const GOVERNANCE_RULES = [
  'no-self-dealing',
  'second-person',
  'approval-needed',
  'grantable-roles-only',
  'team-roster-only',
] as const;

/** The translation key of a refusal's rule, or null for a refusal that names none (or one the console does not know). */
export function ruleMessageKey(rule: unknown): string | null {
  return (GOVERNANCE_RULES as readonly unknown[]).includes(rule) ? `app.governance.${String(rule)}` : null;
}
