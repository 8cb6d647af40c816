import { STAMPS, day, defineResource, enumOf, ref, text, time } from '../descriptor';

export const assignments = defineResource({
  name: 'assignments',
  api: {
    type: 'Assignment',
    one: 'assignment',
    many: 'assignments',
    filterType: 'AssignmentFilter',
    filters: ['roundId', 'stages', 'targetId', 'teamId'],
    fields: `id roundId teamId targetId stage startsOn endsOn noticeSentOn closedOn teamPath targetPath team { id name } target { id name } ${STAMPS}`,
    oneFields: `id roundId teamId targetId stage startsOn endsOn noticeSentOn closedOn contactChannels workPlan publicIntakePath
      teamPath targetPath team { id name } target { id name } round { id leadingGroupId } ${STAMPS}
      staff(first: 100) { id personId recusalException }
      leaderGrants(first: 25) { id personId validFrom validUntil revokedOn }`,
    create: {
      mutation: 'createAssignment',
      inputType: 'CreateAssignmentInput',
      fields: ['roundId', 'teamId', 'targetId', 'startsOn', 'endsOn', 'workPlan'],
    },
    update: {
      mutation: 'updateAssignment',
      inputType: 'UpdateAssignmentInput',
      fields: ['startsOn', 'endsOn', 'workPlan', 'noticeSentOn', 'contactChannels'],
    },
    scopeField: 'teamPath',
  },
  fields: {
    targetId: ref('bodies'),
    teamId: ref('bodies'),
    roundId: ref('rounds'),
    stage: enumOf('Stage'),
    startsOn: day,
    endsOn: day,
    noticeSentOn: day,
    closedOn: day,
    contactChannels: text,
    workPlan: text,
    publicIntakePath: text,
    updatedAt: time,
  },
  // Target and team names come with the record (null when outside the caller's scope).
  recordRepresentation: (record) =>
    [(record.target as { name?: string } | null)?.name, (record.team as { name?: string } | null)?.name].filter(Boolean).join(' · ') ||
    `#${record.id}`,
  icon: 'Assignment',
  list: {
    columns: ['targetId', 'teamId', 'roundId', 'stage', 'startsOn', 'endsOn'],
    filters: [
      { source: 'stages', kind: 'enums', enumName: 'Stage', alwaysOn: true },
      { source: 'roundId', kind: 'reference', reference: 'rounds', optionText: 'title' },
      { source: 'teamId', kind: 'reference', reference: 'bodies', optionText: 'name', filter: { kinds: ['INSPECTION_TEAM'] } },
      { source: 'targetId', kind: 'reference', reference: 'bodies', optionText: 'name' },
    ],
    // The API lists inspections newest first and takes no sort.
    sort: { field: 'id', order: 'DESC' },
  },
});
