import { LABEL, nameIn, titleOf } from '../names';
import { STAMPS, day, defineResource, ref, text, time } from '../descriptor';

/** Read-only here: grants are made by appointing a leader on an inspection. */
export const leaderGrants = defineResource({
  name: 'leaderGrants',
  api: {
    type: 'LeaderGrant',
    one: 'leaderGrant',
    many: 'leaderGrants',
    filterType: 'LeaderGrantFilter',
    filters: ['personId', 'teamId', 'validOn'],
    fields: `id personId teamId assignmentId validFrom validUntil revokedOn revokedReason teamPath personLabel ${LABEL} teamLabel ${LABEL} assignmentLabel ${LABEL} ${STAMPS}`,
    scopeField: 'teamPath',
  },
  fields: {
    personId: ref('people'),
    teamId: ref('bodies'),
    assignmentId: ref('assignments'),
    validFrom: day,
    validUntil: day,
    revokedOn: day,
    revokedReason: text,
    createdAt: time,
  },
  recordRepresentation: (record) => titleOf(nameIn(record.personLabel), `(${record.validFrom} – ${record.validUntil})`),
  icon: 'VerifiedUser',
  list: {
    columns: ['personId', 'teamId', 'assignmentId', 'validFrom', 'validUntil', 'revokedOn'],
    filters: [
      {
        source: 'teamId',
        kind: 'reference',
        reference: 'bodies',
        optionText: 'name',
        filter: { kinds: ['INSPECTION_TEAM'] },
        alwaysOn: true,
      },
      { source: 'personId', kind: 'reference', reference: 'people', optionText: 'name' },
      { source: 'validOn', kind: 'day' },
    ],
    sort: { field: 'id', order: 'DESC' },
  },
  show: { fields: ['personId', 'teamId', 'assignmentId', 'validFrom', 'validUntil', 'revokedOn', 'revokedReason', 'createdAt'] },
});
