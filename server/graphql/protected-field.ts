import { subject } from '@casl/ability';
import { UseMiddleware } from 'type-graphql';
import { canReadProtected } from '../permissions/ability';
import { registerProtectedField } from '../permissions/protected-fields';
import type { RequestContext } from './context';

/**
 * A field only a rule naming it may read (see canReadProtected). Everyone else gets null, in
 * lists and single reads alike, and the audit trail stores it redacted. On a base class,
 * `inheritedBy` names the record type that inherits the field: the rules and the trail speak of
 * that one.
 */
export function Protected(inheritedBy?: string): PropertyDecorator {
  return (target, property) => {
    const entity = inheritedBy ?? target.constructor.name;
    registerProtectedField(entity, String(property));
    UseMiddleware(async ({ root, context }: { root: object; context: RequestContext }, next: () => Promise<unknown>) => {
      if (!canReadProtected(context.ability, subject(entity as never, root), String(property))) return null;
      return next();
    })(target, property);
  };
}
