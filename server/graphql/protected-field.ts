import { subject } from '@casl/ability';
import { UseMiddleware } from 'type-graphql';
import { canReadProtected } from '../permissions/ability';
import type { RequestContext } from './context';

const protectedFields = new Map<string, Set<string>>();

/**
 * A field only a rule naming it may read (see canReadProtected). Everyone else gets null, in
 * lists and single reads alike, and the audit trail stores it redacted.
 */
function register(entity: string, property: string): void {
  if (!protectedFields.has(entity)) protectedFields.set(entity, new Set());
  protectedFields.get(entity)!.add(property);
}

/** A column that is never exposed (such as a password hash): kept out of the audit trail too. */
export function Secret(): PropertyDecorator {
  return (target, property) => register(target.constructor.name, String(property));
}

export function Protected(): PropertyDecorator {
  return (target, property) => {
    const entity = target.constructor.name;
    register(entity, String(property));
    UseMiddleware(async ({ root, context }: { root: object; context: RequestContext }, next: () => Promise<unknown>) => {
      if (!canReadProtected(context.ability, subject(entity as never, root), String(property))) return null;
      return next();
    })(target, property);
  };
}

export function protectedFieldsOf(entity: string): ReadonlySet<string> {
  return protectedFields.get(entity) ?? new Set();
}
