import { LABEL, nameIn } from '../names';
import { STAMPS, day, defineResource, enumOf, ref, text, time } from '../descriptor';

export const memberships = defineResource({
  name: 'memberships',
  api: {
    type: 'Membership',
    one: 'membership',
    many: 'memberships',
    filterType: 'MembershipFilter',
    filters: ['bodyId', 'personId', 'roles', 'statuses', 'awaitingMyDecision', 'under', 'currentOn'],
    sort: { inputType: 'MembershipSort', fields: ['CREATED_AT', 'ROLE', 'SINCE', 'UNTIL'] },
    // The person's name titles the decision dialogs and the approver's queue.
    fields: `id personId bodyId role since until status proposedByAccountId decidedByAccountId decidedAt decisionNote endedAt bodyPath person { id name } proposer { id name } decider { id name } personLabel ${LABEL} bodyLabel ${LABEL} ${STAMPS}`,
    create: {
      mutation: 'createMembership',
      inputType: 'CreateMembershipInput',
      fields: ['personId', 'bodyId', 'role', 'since', 'until'],
    },
    update: { mutation: 'updateMembership', inputType: 'UpdateMembershipInput', fields: ['role', 'since', 'until'] },
    retire: { mutation: 'endMembership', inputType: 'RetireInput' },
    scopeField: 'bodyPath',
  },
  fields: {
    personId: ref('people'),
    bodyId: ref('bodies'),
    role: enumOf('MembershipRole'),
    status: enumOf('MembershipStatus'),
    since: day,
    until: day,
    decidedAt: time,
    decisionNote: text,
    endedAt: time,
    createdAt: time,
    updatedAt: time,
  },
  // Named by its holder where the caller may read them (the list selects `person { name }`).
  recordRepresentation: (record) => `${nameIn(record.personLabel) ?? `#${record.id}`} (${record.since} – ${record.until ?? ''})`,
  icon: 'Badge',
  list: {
    columns: ['personId', 'bodyId', 'role', 'status', 'since', 'until'],
    filters: [
      { source: 'bodyId', kind: 'reference', reference: 'bodies', optionText: 'name', alwaysOn: true },
      { source: 'statuses', kind: 'enums', enumName: 'MembershipStatus', alwaysOn: true },
      { source: 'personId', kind: 'reference', reference: 'people', optionText: 'name' },
      { source: 'roles', kind: 'enums', enumName: 'MembershipRole' },
      { source: 'under', kind: 'reference', reference: 'bodies', optionText: 'name' },
      { source: 'currentOn', kind: 'day' },
    ],
    sort: { field: 'since', order: 'DESC' },
  },
});
