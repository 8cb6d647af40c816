import { LABEL, enumValueName, titleOf } from '../names';
import { STAMPS, INSPECTION_FILTER, boolean, day, defineResource, enumOf, ref, time } from '../descriptor';

const INTAKE_FIELDS = `id assignmentId channel receivedOn content anonymous teamPath assignmentLabel ${LABEL} ${STAMPS}`;

export const intakeItems = defineResource({
  name: 'intakeItems',
  api: {
    type: 'IntakeItem',
    one: 'intakeItem',
    many: 'intakeItems',
    filterType: 'IntakeItemFilter',
    filters: ['assignmentId', 'q', 'targetId', 'channels', 'from', 'to'],
    fields: INTAKE_FIELDS,
    // The informant is read only when one record is opened: every read of it is recorded.
    oneFields: `${INTAKE_FIELDS} informant { id name contact }`,
    create: {
      mutation: 'createIntakeItem',
      inputType: 'CreateIntakeItemInput',
      fields: ['assignmentId', 'channel', 'receivedOn', 'content', 'informant'],
    },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    channel: enumOf('IntakeChannel'),
    receivedOn: day,
    content: { kind: 'text', clip: true },
    anonymous: boolean,
    createdAt: time,
  },
  recordRepresentation: (record) => titleOf(enumValueName('IntakeChannel', record.channel), record.receivedOn as string),
  icon: 'Mail',
  // No informant in the list: identities are read one record at a time, and every read is recorded.
  list: {
    columns: ['receivedOn', 'channel', 'content', 'anonymous', 'assignmentId'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true, label: 'search.q' },
      { source: 'channels', kind: 'enums', enumName: 'IntakeChannel', alwaysOn: true, label: 'search.channels' },
      { source: 'from', kind: 'day', alwaysOn: true, label: 'search.received_from' },
      { source: 'to', kind: 'day', alwaysOn: true, label: 'search.received_to' },
      { source: 'targetId', kind: 'reference', reference: 'bodies', label: 'search.target' },
      INSPECTION_FILTER,
    ],
    sort: { field: 'id', order: 'DESC' },
  },
});
