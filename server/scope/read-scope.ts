import type { DataSource } from 'typeorm';
import type { AppAbility } from '../permissions/ability';

/**
 * What the scoped read path needs to know of a request: the caller's rules, the paths of the
 * bodies those rules name, and the database to read. A GraphQL request's context is one; so is
 * anything else that reads for a caller (documents, exports).
 */
export interface ReadScope {
  readonly ability: AppAbility;
  /** Current paths of the bodies the caller's rules name; the SQL form of `$under` needs them. */
  readonly bodyPaths: ReadonlyMap<number, string>;
  readonly db: DataSource;
}
