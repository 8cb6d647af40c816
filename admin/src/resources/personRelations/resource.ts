import { STAMPS, defineResource, ref, time, value } from '../descriptor';

/** A person's recorded relatives, listed and kept on the person's page: no page of their own. */
export const personRelations = defineResource({
  name: 'personRelations',
  api: {
    type: 'PersonRelation',
    one: 'personRelation',
    many: 'personRelations',
    filterType: 'PersonRelationFilter',
    filters: ['personId'],
    fields: `id personId relation relativeName relativeBodyId employerPath relativeBodyPath ${STAMPS}`,
    create: {
      mutation: 'createPersonRelation',
      inputType: 'CreatePersonRelationInput',
      fields: ['personId', 'relation', 'relativeName', 'relativeBodyId'],
    },
    retire: { mutation: 'removePersonRelation', inputType: 'VersionedInput' },
    scopeField: 'employerPath',
  },
  fields: {
    relation: value,
    relativeName: value,
    relativeBodyId: ref('bodies'),
    createdAt: time,
  },
});
