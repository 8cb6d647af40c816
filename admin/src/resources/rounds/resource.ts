import { LABEL } from '../names';
import { STAMPS, day, defineResource, enumOf, ref, time, value } from '../descriptor';
import { NEXT_STEP_FIELDS } from '../assignments/nextStep';

const ROUND_FIELDS = `id leadingGroupId year number title status approvedOn leadingGroupPath leadingGroupLabel ${LABEL} ${STAMPS}`;

export const rounds = defineResource({
  name: 'rounds',
  api: {
    type: 'Round',
    one: 'round',
    many: 'rounds',
    filterType: 'RoundFilter',
    filters: ['leadingGroupId', 'status', 'year'],
    fields: ROUND_FIELDS,
    oneFields: `${ROUND_FIELDS} targets(first: 100) { id bodyId bodyLabel ${LABEL} } ${NEXT_STEP_FIELDS}`,
    create: { mutation: 'createRound', inputType: 'CreateRoundInput', fields: ['leadingGroupId', 'year', 'number', 'title', 'targetIds'] },
    update: { mutation: 'updateRound', inputType: 'UpdateRoundInput', fields: ['title', 'targetIds'] },
    scopeField: 'leadingGroupPath',
  },
  fields: {
    year: value,
    number: value,
    title: value,
    leadingGroupId: ref('bodies'),
    status: enumOf('RoundStatus'),
    approvedOn: day,
    createdAt: time,
  },
  recordRepresentation: 'title',
  icon: 'EventNote',
  list: {
    columns: ['year', 'number', 'title', 'leadingGroupId', 'status', 'approvedOn'],
    filters: [
      { source: 'year', kind: 'number', alwaysOn: true },
      { source: 'status', kind: 'enum', enumName: 'RoundStatus', alwaysOn: true },
      { source: 'leadingGroupId', kind: 'reference', reference: 'bodies', optionText: 'name', filter: { kinds: ['LEADING_GROUP'] } },
    ],
    // The API lists plans newest first and takes no sort.
    sort: { field: 'id', order: 'DESC' },
  },
});
