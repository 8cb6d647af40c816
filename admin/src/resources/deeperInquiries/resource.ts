import { LABEL, clipped } from '../names';
import { STAMPS, INSPECTION_FILTER, day, defineResource, enumOf, paragraph, ref, text, time } from '../descriptor';

/** The team leader opens a deeper inquiry (深入了解) on a finding; the leading group approves or refuses it. */
export const deeperInquiries = defineResource({
  name: 'deeperInquiries',
  api: {
    type: 'DeeperInquiry',
    one: 'deeperInquiry',
    many: 'deeperInquiries',
    filterType: 'DeeperInquiryFilter',
    filters: ['assignmentId', 'q', 'statuses', 'findingId', 'targetId', 'from', 'to'],
    fields: `id assignmentId findingId reason status openedOn decidedOn decisionNote teamPath assignmentLabel ${LABEL} findingLabel ${LABEL} ${STAMPS}`,
    create: { mutation: 'openDeeperInquiry', inputType: 'OpenDeeperInquiryInput', fields: ['findingId', 'reason'] },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    findingId: ref('findings'),
    reason: paragraph,
    status: enumOf('DeeperInquiryStatus'),
    openedOn: day,
    decidedOn: day,
    decisionNote: text,
    updatedAt: time,
  },
  recordRepresentation: (record) => clipped(record.reason) ?? `#${record.id}`,
  icon: 'ManageSearch',
  list: {
    columns: ['findingId', 'reason', 'status', 'openedOn', 'decidedOn', 'assignmentId'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true, label: 'search.q' },
      { source: 'statuses', kind: 'enums', enumName: 'DeeperInquiryStatus', alwaysOn: true, label: 'search.statuses' },
      { source: 'targetId', kind: 'reference', reference: 'bodies', label: 'search.target' },
      INSPECTION_FILTER,
    ],
    sort: { field: 'id', order: 'DESC' },
  },
  show: { fields: ['assignmentId', 'findingId', 'reason', 'status', 'openedOn', 'decidedOn', 'decisionNote', 'updatedAt'] },
  labels: {
    zh: {
      name: '深入了解',
      fields: {
        id: '编号',
        assignmentId: '巡视任务',
        findingId: '有关问题线索',
        reason: '深入了解的理由',
        status: '状态',
        openedOn: '提出日期',
        decidedOn: '决定日期',
        decisionNote: '领导小组意见',
        approve: '批准',
        note: '意见',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    en: {
      name: 'Deeper inquiry |||| Deeper inquiries',
      fields: {
        id: 'Id',
        assignmentId: 'Inspection',
        findingId: 'Finding',
        reason: 'Reason',
        status: 'Status',
        openedOn: 'Opened on',
        decidedOn: 'Decided on',
        decisionNote: "Leading group's note",
        approve: 'Approve',
        note: 'Note',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
  },
});
