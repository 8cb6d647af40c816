import type { ClassType } from 'type-graphql';
import type { RecordList } from '../../graphql/record-queries';

/**
 * What a module brings to the server. modules/index.ts lists the modules; the TypeORM entities,
 * the GraphQL resolvers and the CSV exports are read from there, so a new record type is added in
 * its own module, in that list and in the role table (permissions/roles.ts), and nowhere else.
 */
export interface ModuleDescriptor {
  /** Its record types: each a TypeORM entity and a permission subject of the same name (SUBJECTS in roles.ts). */
  entities?: ClassType[];
  /** Its tables that no rule speaks of: read and written by its own code only, for the caller's own rows. */
  privateEntities?: ClassType[];
  /** Its GraphQL resolvers. */
  resolvers?: ClassType[];
  /** Its record lists, each served by one of its resolvers through RecordQueries; the exported ones are CSV exports too. */
  lists?: RecordList[];
}
