/** A leader grant as the inspection's page reads it. */
export interface GrantWindow {
  validUntil: string;
  revokedOn?: string | null;
}

/**
 * Whether the inspection already has a leader on `day`: a grant not revoked and not yet over. The
 * API appoints no second leader while one holds (server/modules/assignment/assignment.service.ts).
 */
export function hasCurrentLeader(grants: readonly GrantWindow[] | undefined, day: string): boolean {
  return (grants ?? []).some((grant) => !grant.revokedOn && grant.validUntil >= day);
}
