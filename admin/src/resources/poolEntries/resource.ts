import { LABEL, nameIn } from '../names';
import { STAMPS, day, defineResource, ref, text, time } from '../descriptor';

export const poolEntries = defineResource({
  name: 'poolEntries',
  api: {
    type: 'PoolEntry',
    one: 'poolEntry',
    many: 'poolEntries',
    filterType: 'PoolEntryFilter',
    filters: ['leadingGroupId', 'personId', 'includeRetired'],
    sort: { inputType: 'PoolEntrySort', fields: ['CREATED_AT', 'SINCE'] },
    fields: `id leadingGroupId personId note since retiredOn leadingGroupPath personLabel ${LABEL} leadingGroupLabel ${LABEL} ${STAMPS}`,
    create: { mutation: 'createPoolEntry', inputType: 'CreatePoolEntryInput', fields: ['leadingGroupId', 'personId', 'since', 'note'] },
    update: { mutation: 'updatePoolEntry', inputType: 'UpdatePoolEntryInput', fields: ['since', 'note'] },
    retire: { mutation: 'retirePoolEntry', inputType: 'RetireInput' },
    scopeField: 'leadingGroupPath',
  },
  fields: {
    personId: ref('people'),
    leadingGroupId: ref('bodies'),
    since: day,
    note: text,
    retiredOn: day,
    createdAt: time,
    updatedAt: time,
  },
  recordRepresentation: (record) => nameIn(record.personLabel) ?? `#${record.id}`,
  icon: 'MilitaryTech',
  list: {
    columns: ['personId', 'leadingGroupId', 'since', 'note', 'retiredOn'],
    filters: [
      {
        source: 'leadingGroupId',
        kind: 'reference',
        reference: 'bodies',
        optionText: 'name',
        filter: { kinds: ['LEADING_GROUP'] },
        alwaysOn: true,
      },
      { source: 'personId', kind: 'reference', reference: 'people', optionText: 'name' },
      { source: 'includeRetired', kind: 'flag' },
    ],
    sort: { field: 'since', order: 'DESC' },
  },
  show: { fields: ['personId', 'leadingGroupId', 'since', 'note', 'retiredOn', 'createdAt', 'updatedAt'], editable: true, retire: true },
});
