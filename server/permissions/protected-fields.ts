/**
 * Which fields of each record are protected: readable only through a rule that names them (see
 * canReadProtected), or never exposed at all (Secret). The audit trail stores them redacted, and
 * exports and stored answers leave them out, whichever edge declared them.
 */
const protectedFields = new Map<string, Set<string>>();

export function registerProtectedField(entity: string, property: string): void {
  if (!protectedFields.has(entity)) protectedFields.set(entity, new Set());
  protectedFields.get(entity)!.add(property);
}

/** A column that is never exposed (such as a password hash): kept out of the audit trail too. */
export function Secret(): PropertyDecorator {
  return (target, property) => registerProtectedField(target.constructor.name, String(property));
}

export function protectedFieldsOf(entity: string): ReadonlySet<string> {
  return protectedFields.get(entity) ?? new Set();
}
