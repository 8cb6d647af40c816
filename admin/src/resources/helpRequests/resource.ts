import { LABEL, clipped } from '../names';
import { STAMPS, INSPECTION_FILTER, day, defineResource, enumOf, overdue, paragraph, ref, text, time } from '../descriptor';

/** The bodies a team may ask for help (商请协助): functional departments and professional bodies. */
const ASKABLE = ['DISCIPLINE_COMMISSION', 'ORGANISATION_DEPARTMENT', 'AUDIT_OFFICE', 'PETITION_BUREAU', 'FUNCTIONAL_DEPARTMENT'];

/**
 * Requests for help: the team sees its own, drafts and sends them (the leader or the office sends);
 * the department asked sees its inbox of what was sent to it, without the finding, and answers.
 */
export const helpRequests = defineResource({
  name: 'helpRequests',
  api: {
    type: 'HelpRequest',
    one: 'helpRequest',
    many: 'helpRequests',
    filterType: 'HelpRequestFilter',
    filters: ['assignmentId', 'q', 'statuses', 'recipientId', 'overdue', 'targetId', 'from', 'to'],
    fields: `id assignmentId findingId deeperInquiryId recipientId recipientPath matter question wantedBy status askedOn answer declineReason answeredOn overdue teamPath assignmentLabel ${LABEL} recipientLabel ${LABEL} findingLabel ${LABEL} ${STAMPS}`,
    create: {
      mutation: 'createHelpRequest',
      inputType: 'CreateHelpRequestInput',
      fields: ['assignmentId', 'findingId', 'recipientId', 'matter', 'question', 'wantedBy'],
    },
    update: {
      mutation: 'updateHelpRequest',
      inputType: 'UpdateHelpRequestInput',
      fields: ['recipientId', 'matter', 'question', 'wantedBy'],
    },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    findingId: ref('findings'),
    deeperInquiryId: ref('deeperInquiries'),
    recipientId: ref('bodies'),
    matter: paragraph,
    question: paragraph,
    wantedBy: day,
    overdue,
    status: enumOf('HelpRequestStatus'),
    askedOn: day,
    answer: paragraph,
    declineReason: text,
    answeredOn: day,
    updatedAt: time,
  },
  recordRepresentation: (record) => clipped(record.question) ?? `#${record.id}`,
  icon: 'ContactMail',
  list: {
    columns: ['question', 'recipientId', 'wantedBy', 'overdue', 'status', 'assignmentId'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true, label: 'search.q' },
      { source: 'statuses', kind: 'enums', enumName: 'HelpRequestStatus', alwaysOn: true, label: 'search.statuses' },
      { source: 'overdue', kind: 'yesNo', alwaysOn: true },
      { source: 'recipientId', kind: 'reference', reference: 'bodies', optionText: 'name', filter: { kinds: ASKABLE } },
      { source: 'targetId', kind: 'reference', reference: 'bodies', label: 'search.target' },
      { source: 'from', kind: 'day', label: 'search.deadline_from' },
      { source: 'to', kind: 'day', label: 'search.deadline_to' },
      INSPECTION_FILTER,
    ],
    // The API lists requests soonest wanted first; the console takes the newest first.
    sort: { field: 'id', order: 'DESC' },
    overdueRows: true,
  },
  show: {
    fields: [
      'assignmentId',
      'findingId',
      'deeperInquiryId',
      'recipientId',
      'matter',
      'question',
      'wantedBy',
      'overdue',
      'status',
      'askedOn',
      'answer',
      'declineReason',
      'answeredOn',
      'updatedAt',
    ],
    editable: (record) => record.status === 'DRAFT',
  },
  create: {
    inputs: [
      { source: 'assignmentId', kind: 'assignment', stages: ['INQUIRY', 'REPORTING'] },
      { source: 'findingId', kind: 'findingOfAssignment', statuses: ['RECORDED', 'DECIDED'] },
      { source: 'recipientId', kind: 'reference', reference: 'bodies', optionText: 'name', filter: { kinds: ASKABLE }, required: true },
      { source: 'matter', kind: 'text', rows: 3, required: true },
      { source: 'question', kind: 'text', rows: 3, required: true },
      { source: 'wantedBy', kind: 'day', required: true },
    ],
  },
  edit: {
    inputs: [
      { source: 'assignmentId', kind: 'shown' },
      { source: 'recipientId', kind: 'reference', reference: 'bodies', optionText: 'name', filter: { kinds: ASKABLE }, required: true },
      { source: 'matter', kind: 'text', rows: 3, required: true },
      { source: 'question', kind: 'text', rows: 3, required: true },
      { source: 'wantedBy', kind: 'day', required: true },
    ],
  },
  labels: {
    zh: {
      name: '商请协助',
      fields: {
        id: '编号',
        assignmentId: '巡视任务',
        findingId: '有关问题线索',
        deeperInquiryId: '所属深入了解',
        recipientId: '商请单位',
        matter: '有关情况',
        question: '商请事项',
        wantedBy: '答复期限',
        overdue: '逾期',
        status: '状态',
        askedOn: '发函日期',
        answer: '答复内容',
        declineReason: '不予协助的理由',
        answeredOn: '答复日期',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    en: {
      name: 'Request for help |||| Requests for help',
      fields: {
        id: 'Id',
        assignmentId: 'Inspection',
        findingId: 'Finding',
        deeperInquiryId: 'Deeper inquiry',
        recipientId: 'Department asked',
        matter: 'Matter',
        question: 'Question',
        wantedBy: 'Answer wanted by',
        overdue: 'Overdue',
        status: 'Status',
        askedOn: 'Sent on',
        answer: 'Answer',
        declineReason: 'Reason for declining',
        answeredOn: 'Answered on',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
  },
});
