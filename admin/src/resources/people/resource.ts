import { LABEL } from '../names';
import { STAMPS, day, defineResource, enumOf, ref, text, time, value } from '../descriptor';

export const people = defineResource({
  name: 'people',
  api: {
    type: 'Person',
    one: 'person',
    many: 'people',
    filterType: 'PersonFilter',
    filters: ['q', 'ranks', 'under', 'employerId', 'includeRetired'],
    sort: { inputType: 'PersonSort', fields: ['CREATED_AT', 'NAME', 'POSITION', 'RANK'] },
    fields: `id name position rank idNumber employerId managedById employerPath retiredOn employerLabel ${LABEL} managedByLabel ${LABEL} ${STAMPS}`,
    create: {
      mutation: 'createPerson',
      inputType: 'CreatePersonInput',
      fields: ['name', 'position', 'rank', 'employerId', 'managedById', 'idNumber'],
    },
    update: {
      mutation: 'updatePerson',
      inputType: 'UpdatePersonInput',
      fields: ['name', 'position', 'rank', 'employerId', 'managedById', 'idNumber'],
    },
    retire: { mutation: 'retirePerson', inputType: 'RetireInput' },
    scopeField: 'employerPath',
  },
  fields: {
    name: value,
    position: value,
    rank: enumOf('CadreRank'),
    employerId: ref('bodies'),
    managedById: ref('bodies'),
    // null for whoever may not read it: shown as a dash, never as an empty cell that looks like missing data
    idNumber: text,
    retiredOn: day,
    createdAt: time,
    updatedAt: time,
  },
  recordRepresentation: 'name',
  icon: 'People',
  list: {
    columns: ['name', 'position', 'rank', 'employerId', 'idNumber', 'retiredOn'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true },
      { source: 'ranks', kind: 'enums', enumName: 'CadreRank' },
      { source: 'under', kind: 'reference', reference: 'bodies' },
      { source: 'includeRetired', kind: 'flag' },
    ],
    sort: { field: 'name', order: 'ASC' },
  },
});
