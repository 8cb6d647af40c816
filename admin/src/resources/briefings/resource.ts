import { LABEL, nameIn, titleOf } from '../names';
import { STAMPS, INSPECTION_FILTER, day, defineResource, paragraph, ref, time } from '../descriptor';

/** The four bodies that supply background on the target's leadership. */
const BRIEFING_SOURCES = ['DISCIPLINE_COMMISSION', 'ORGANISATION_DEPARTMENT', 'AUDIT_OFFICE', 'PETITION_BUREAU'];

/** The office asks for background during preparation; what arrives is recorded on the briefing's page. */
export const briefings = defineResource({
  name: 'briefings',
  api: {
    type: 'Briefing',
    one: 'briefing',
    many: 'briefings',
    filterType: 'AssignmentRecordFilter',
    filters: ['assignmentId'],
    fields: `id assignmentId sourceBodyId requestedOn receivedOn summary teamPath assignmentLabel ${LABEL} sourceBodyLabel ${LABEL} ${STAMPS}`,
    create: { mutation: 'requestBriefing', inputType: 'RequestBriefingInput', fields: ['assignmentId', 'sourceBodyId', 'requestedOn'] },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    sourceBodyId: ref('bodies'),
    requestedOn: day,
    receivedOn: day,
    summary: paragraph,
    updatedAt: time,
  },
  recordRepresentation: (record) => titleOf(nameIn(record.sourceBodyLabel), record.requestedOn as string) || `#${record.id}`,
  icon: 'LibraryBooks',
  list: {
    columns: ['assignmentId', 'sourceBodyId', 'requestedOn', 'receivedOn', 'summary'],
    filters: [INSPECTION_FILTER],
    sort: { field: 'id', order: 'DESC' },
  },
  show: { fields: ['assignmentId', 'sourceBodyId', 'requestedOn', 'receivedOn', 'summary', 'updatedAt'] },
  create: {
    inputs: [
      { source: 'assignmentId', kind: 'assignment', stages: ['PREPARATION'] },
      {
        source: 'sourceBodyId',
        kind: 'reference',
        reference: 'bodies',
        optionText: 'name',
        filter: { kinds: BRIEFING_SOURCES },
        required: true,
      },
      { source: 'requestedOn', kind: 'day', required: true, defaultToday: true },
    ],
  },
  labels: {
    zh: {
      name: '背景材料',
      fields: {
        id: '编号',
        assignmentId: '巡视任务',
        sourceBodyId: '提供单位',
        requestedOn: '商请日期',
        receivedOn: '收到日期',
        summary: '内容摘要',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    en: {
      name: 'Briefing |||| Briefings',
      fields: {
        id: 'Id',
        assignmentId: 'Inspection',
        sourceBodyId: 'Source body',
        requestedOn: 'Requested on',
        receivedOn: 'Received on',
        summary: 'Summary',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
  },
});
