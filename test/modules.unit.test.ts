/**
 * The modules are listed once (server/modules/index.ts) and the subjects once (the role table):
 * the two agree, and everything central is read from the module list.
 *
 * @database-independent
 */
import { getMetadataStorage, type ClassType } from 'type-graphql';
import { ENTITIES } from '../server/db/entities';
import { listNames } from '../server/graphql/list-queries';
import { MODULE_ENTITIES, MODULE_LISTS, MODULE_RESOLVERS, MODULES, RECORD_ENTITIES } from '../server/modules';
import { SUBJECTS } from '../server/permissions/roles';

const names = (classes: ClassType[]) => classes.map((c) => c.name).sort();

it('names every record type of every module as a permission subject, and nothing else', () => {
  expect(names(RECORD_ENTITIES)).toEqual([...SUBJECTS].sort());
});

it('gives each entity and each resolver to one module only', () => {
  expect(new Set(MODULE_ENTITIES).size).toBe(MODULE_ENTITIES.length);
  expect(new Set(MODULE_RESOLVERS).size).toBe(MODULE_RESOLVERS.length);
});

it('maps every entity of the modules, and the tables of the audit trail, the write path and the limits besides', () => {
  expect(names(ENTITIES)).toEqual(
    names([...MODULE_ENTITIES])
      .concat('AuditEntry', 'AuditHead', 'IdempotentRequest', 'LimitBucket')
      .sort(),
  );
});

it('serves each list of a module through a resolver of the same module', () => {
  const queries = getMetadataStorage().queries;
  for (const module of MODULES) {
    for (const list of module.lists ?? []) {
      const servedBy = queries.filter((q) => q.schemaName === list.name).map((q) => q.target);
      expect(
        module.resolvers?.some((resolver) => servedBy.some((target) => target === resolver || resolver.prototype instanceof target)),
      ).toBe(true);
    }
  }
});

it('exports the lists that say so, by the names of their queries', () => {
  expect(listNames()).toEqual(
    MODULE_LISTS.filter((l) => l.exported)
      .map((l) => l.name)
      .sort(),
  );
  expect(listNames()).toEqual(expect.arrayContaining(['bodies', 'findings', 'people', 'rectificationItems']));
  expect(listNames()).not.toContain('accounts');
});
