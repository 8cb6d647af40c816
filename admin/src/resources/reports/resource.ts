import { LABEL, nameIn } from '../names';
import { STAMPS, INSPECTION_FILTER, day, defineResource, paragraph, ref, time } from '../descriptor';

export const reports = defineResource({
  name: 'reports',
  api: {
    type: 'Report',
    one: 'report',
    many: 'reports',
    filterType: 'AssignmentRecordFilter',
    filters: ['assignmentId'],
    fields: `id assignmentId summary suggestions submittedOn submittedById heardOn hearingNote teamPath assignmentLabel ${LABEL} submittedByLabel ${LABEL} ${STAMPS}`,
    // The team leader names the inspection; the API drafts the text from what was recorded.
    create: { mutation: 'draftReport', inputType: 'DraftReportInput', fields: ['assignmentId'] },
    update: { mutation: 'updateReport', inputType: 'UpdateReportInput', fields: ['summary', 'suggestions'] },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    summary: paragraph,
    suggestions: paragraph,
    submittedOn: day,
    submittedById: ref('people'),
    heardOn: day,
    hearingNote: paragraph,
    updatedAt: time,
  },
  // One report per inspection: it is named by the inspection.
  recordRepresentation: (record) => nameIn(record.assignmentLabel) ?? `#${record.id}`,
  icon: 'Description',
  list: {
    columns: ['assignmentId', 'submittedOn', 'submittedById', 'heardOn'],
    filters: [INSPECTION_FILTER],
    sort: { field: 'id', order: 'DESC' },
  },
});
