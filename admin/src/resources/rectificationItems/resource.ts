import { LABEL, clipped } from '../names';
import { STAMPS, day, defineResource, enumOf, overdue, paragraph, ref, text, time } from '../descriptor';

export const rectificationItems = defineResource({
  name: 'rectificationItems',
  api: {
    type: 'RectificationItem',
    one: 'rectificationItem',
    many: 'rectificationItems',
    filterType: 'RectificationItemFilter',
    filters: ['assignmentId', 'overdue', 'statuses', 'q', 'targetId', 'from', 'to'],
    fields: `id assignmentId findingId description deadline progress status overdue closedOn returnNote targetPath teamPath assignmentLabel ${LABEL} findingLabel ${LABEL} ${STAMPS}`,
    create: {
      mutation: 'createRectificationItem',
      inputType: 'CreateRectificationItemInput',
      fields: ['assignmentId', 'findingId', 'description', 'deadline'],
    },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    findingId: ref('findings'),
    description: text,
    deadline: day,
    overdue,
    status: enumOf('RectificationStatus'),
    progress: paragraph,
    returnNote: text,
    closedOn: day,
    updatedAt: time,
  },
  // An item is named by what must be rectified.
  recordRepresentation: (record) => clipped(record.description) ?? `#${record.id}`,
  icon: 'Build',
  list: {
    columns: ['description', 'deadline', 'overdue', 'status', 'assignmentId', 'findingId'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true, label: 'search.q' },
      { source: 'overdue', kind: 'yesNo', alwaysOn: true },
      { source: 'statuses', kind: 'enums', enumName: 'RectificationStatus', alwaysOn: true },
      { source: 'targetId', kind: 'reference', reference: 'bodies', label: 'search.target' },
      { source: 'from', kind: 'day', label: 'search.deadline_from' },
      { source: 'to', kind: 'day', label: 'search.deadline_to' },
      { source: 'assignmentId', kind: 'reference', reference: 'assignments' },
    ],
    // The API lists items oldest first and takes no sort.
    sort: { field: 'id', order: 'ASC' },
    overdueRows: true,
  },
  // The office sends the target what it must rectify, with the feedback; the target's liaison reports progress.
  create: {
    inputs: [
      { source: 'assignmentId', kind: 'assignment', stages: ['FEEDBACK', 'TRANSFER'] },
      { source: 'findingId', kind: 'findingOfAssignment', statuses: ['DECIDED'] },
      { source: 'description', kind: 'text', rows: 3, required: true },
      { source: 'deadline', kind: 'day', required: true },
    ],
  },
});
