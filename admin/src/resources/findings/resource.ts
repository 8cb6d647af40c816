import { LABEL, enumValueName, nameIn, titleOf } from '../names';
import { STAMPS, boolean, day, defineResource, enumOf, ref, text, time, value } from '../descriptor';

/** A finding has no title: it is named by its kind and its target, as the API's label names it. */
export function findingTitle(record: Record<string, unknown>): string {
  return titleOf(enumValueName('FindingSubKind', record.subKind), nameIn(record.targetLabel)) || `#${record.id}`;
}

export const findings = defineResource({
  name: 'findings',
  api: {
    type: 'Finding',
    one: 'finding',
    many: 'findings',
    filterType: 'FindingFilter',
    filters: ['assignmentId', 'categories', 'statuses', 'targetId', 'urgent', 'q', 'severities', 'from', 'to'],
    fields: `id assignmentId targetId subjectPersonId category subKind sourceMethod severity urgent urgentOn status
      decision decidedOn decisionNote transferredToId transferredOn routingOverride outcome outcomeOn evidenceSummary sourceTalkId
      teamPath targetPath transferredTo { id path } ${STAMPS}
      assignmentLabel ${LABEL} targetLabel ${LABEL} subjectPersonLabel ${LABEL} transferredToLabel ${LABEL}`,
    create: {
      mutation: 'createFinding',
      inputType: 'CreateFindingInput',
      fields: ['assignmentId', 'category', 'subKind', 'sourceMethod', 'severity', 'evidenceSummary', 'subjectPersonId'],
    },
    update: { mutation: 'updateFinding', inputType: 'UpdateFindingInput', fields: ['severity', 'evidenceSummary'] },
    scopeField: 'teamPath',
  },
  fields: {
    id: value,
    assignmentId: ref('assignments'),
    targetId: ref('bodies'),
    subjectPersonId: ref('people'),
    category: enumOf('FindingCategory'),
    subKind: enumOf('FindingSubKind'),
    sourceMethod: enumOf('WorkMethod'),
    severity: enumOf('Severity'),
    urgent: boolean,
    urgentOn: day,
    evidenceSummary: text,
    status: enumOf('FindingStatus'),
    decision: enumOf('Decision'),
    decidedOn: day,
    decisionNote: text,
    transferredToId: ref('bodies'),
    transferredOn: day,
    routingOverride: text,
    outcome: text,
    outcomeOn: day,
    sourceTalkId: ref('talks'),
    createdAt: time,
  },
  recordRepresentation: (record) => findingTitle(record),
  icon: 'ReportProblem',
  list: {
    columns: ['id', 'targetId', 'category', 'subKind', 'severity', 'urgent', 'status'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true, label: 'search.q' },
      { source: 'categories', kind: 'enums', enumName: 'FindingCategory', alwaysOn: true, label: 'search.categories' },
      { source: 'severities', kind: 'enums', enumName: 'Severity', alwaysOn: true, label: 'search.severities' },
      { source: 'statuses', kind: 'enums', enumName: 'FindingStatus', alwaysOn: true, label: 'search.statuses' },
      { source: 'urgent', kind: 'yesNo', alwaysOn: true },
      { source: 'targetId', kind: 'reference', reference: 'bodies', label: 'search.target' },
      { source: 'from', kind: 'day', label: 'search.recorded_from' },
      { source: 'to', kind: 'day', label: 'search.recorded_to' },
      { source: 'assignmentId', kind: 'reference', reference: 'assignments' },
    ],
    // The API lists findings newest first and takes no sort.
    sort: { field: 'id', order: 'DESC' },
  },
});
