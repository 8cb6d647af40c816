import { subject } from '@casl/ability';
import { UseMiddleware } from 'type-graphql';
import { canReadProtected } from '../permissions/ability';
import { registerProtectedField } from '../permissions/protected-fields';
import type { RequestContext } from './context';

/**
 * A field only a rule naming it may read (see canReadProtected). Everyone else gets null, in
 * lists and single reads alike, and the audit trail stores it redacted.
 */
export function Protected(): PropertyDecorator {
  return (target, property) => {
    const entity = target.constructor.name;
    registerProtectedField(entity, String(property));
    UseMiddleware(async ({ root, context }: { root: object; context: RequestContext }, next: () => Promise<unknown>) => {
      if (!canReadProtected(context.ability, subject(entity as never, root), String(property))) return null;
      return next();
    })(target, property);
  };
}
