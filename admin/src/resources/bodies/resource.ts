import { LABEL, bodyName } from '../names';
import { STAMPS, day, defineResource, enumOf, ref, text, time, value } from '../descriptor';

export const bodies = defineResource({
  name: 'bodies',
  api: {
    type: 'Body',
    one: 'body',
    many: 'bodies',
    filterType: 'BodyFilter',
    filters: ['q', 'kinds', 'levels', 'under', 'reportsToId', 'includeRetired'],
    sort: { inputType: 'BodySort', fields: ['CODE', 'CREATED_AT', 'KIND', 'LEVEL', 'NAME', 'PATH'] },
    fields: `id code name nameEn kind level path reportsToId hostedById retiredOn reportsToLabel ${LABEL} hostedByLabel ${LABEL} ${STAMPS}`,
    create: {
      mutation: 'createBody',
      inputType: 'CreateBodyInput',
      fields: ['code', 'name', 'nameEn', 'kind', 'level', 'reportsToId', 'hostedById'],
    },
    update: { mutation: 'updateBody', inputType: 'UpdateBodyInput', fields: ['code', 'name', 'nameEn', 'kind', 'level', 'hostedById'] },
    retire: { mutation: 'retireBody', inputType: 'RetireInput' },
    scopeField: 'path',
  },
  fields: {
    code: value,
    name: value,
    nameEn: text,
    kind: enumOf('BodyKind'),
    level: enumOf('BodyLevel'),
    reportsToId: ref('bodies'),
    hostedById: ref('bodies'),
    path: value,
    retiredOn: day,
    createdAt: time,
    updatedAt: time,
  },
  recordRepresentation: (record) => bodyName(record) ?? `#${record.id}`,
  icon: 'AccountTree',
  list: {
    columns: ['code', 'name', 'kind', 'level', 'reportsToId', 'path', 'retiredOn'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true },
      { source: 'kinds', kind: 'enums', enumName: 'BodyKind' },
      { source: 'levels', kind: 'enums', enumName: 'BodyLevel' },
      { source: 'under', kind: 'reference', reference: 'bodies' },
      { source: 'includeRetired', kind: 'flag' },
    ],
    // Tree order (by reporting path): a body sits right after the body it reports to.
    sort: { field: 'path', order: 'ASC' },
  },
});
