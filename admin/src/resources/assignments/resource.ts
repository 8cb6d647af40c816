import { LABEL, nameIn, titleOf } from '../names';
import { STAMPS, day, defineResource, enumOf, ref, text, time } from '../descriptor';
import { NEXT_STEP_FIELDS } from './nextStep';
import { FOLLOW_UP_FIELDS } from './followUp';

export const assignments = defineResource({
  name: 'assignments',
  api: {
    type: 'Assignment',
    one: 'assignment',
    many: 'assignments',
    filterType: 'AssignmentFilter',
    filters: ['roundId', 'stages', 'targetId', 'teamId', 'followsUpId', 'isFollowUp'],
    fields: `id roundId teamId targetId stage startsOn endsOn noticeSentOn closedOn followsUpId teamPath targetPath team { id name } target { id name } targetLabel ${LABEL} teamLabel ${LABEL} roundLabel ${LABEL} ${STAMPS}`,
    oneFields: `id roundId teamId targetId stage startsOn endsOn noticeSentOn closedOn contactChannels workPlan publicIntakePath documents
      teamPath targetPath team { id name } target { id name } round { id leadingGroupId } ${STAMPS}
      targetLabel ${LABEL} teamLabel ${LABEL} roundLabel ${LABEL}
      staff(first: 100, withRemoved: true) { id version personId personLabel ${LABEL} recusalException teamPath removedOn removedReason }
      leaderGrants(first: 25) { id version personId personLabel ${LABEL} validFrom validUntil revokedOn revokedReason teamPath }
      ${NEXT_STEP_FIELDS}
      ${FOLLOW_UP_FIELDS}`,
    create: {
      mutation: 'createAssignment',
      inputType: 'CreateAssignmentInput',
      fields: ['roundId', 'teamId', 'targetId', 'startsOn', 'endsOn', 'workPlan', 'followsUpId'],
    },
    update: {
      mutation: 'updateAssignment',
      inputType: 'UpdateAssignmentInput',
      fields: ['startsOn', 'endsOn', 'workPlan', 'noticeSentOn', 'contactChannels', 'followsUpId'],
    },
    scopeField: 'teamPath',
  },
  fields: {
    targetId: ref('bodies'),
    teamId: ref('bodies'),
    roundId: ref('rounds'),
    followsUpId: ref('assignments'),
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
  // An inspection is named by its target and its plan, whose names come with it even where they cannot be read.
  recordRepresentation: (record) => titleOf(nameIn(record.targetLabel), nameIn(record.roundLabel)) || `#${record.id}`,
  icon: 'Assignment',
  list: {
    columns: ['targetId', 'teamId', 'roundId', 'stage', 'startsOn', 'endsOn'],
    filters: [
      { source: 'stages', kind: 'enums', enumName: 'Stage', alwaysOn: true },
      { source: 'roundId', kind: 'reference', reference: 'rounds', optionText: 'title' },
      { source: 'teamId', kind: 'reference', reference: 'bodies', optionText: 'name', filter: { kinds: ['INSPECTION_TEAM'] } },
      { source: 'targetId', kind: 'reference', reference: 'bodies', optionText: 'name' },
      { source: 'isFollowUp', kind: 'yesNo' },
    ],
    // The API lists inspections newest first and takes no sort.
    sort: { field: 'id', order: 'DESC' },
  },
});
