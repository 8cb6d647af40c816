import { LABEL, clipped } from '../names';
import { STAMPS, INSPECTION_FILTER, day, defineResource, enumOf, overdue, paragraph, ref, text, time } from '../descriptor';

/** The office supervises a decided matter: who handles it, by when, until it is found handled (DONE ends it). */
export const supervisionItems = defineResource({
  name: 'supervisionItems',
  api: {
    type: 'SupervisionItem',
    one: 'supervisionItem',
    many: 'supervisionItems',
    filterType: 'SupervisionItemFilter',
    filters: ['assignmentId', 'q', 'statuses', 'targetId', 'responsibleBodyId', 'from', 'to'],
    fields: `id assignmentId findingId matter responsibleBodyId deadline status doneOn note overdue responsiblePath teamPath assignmentLabel ${LABEL} findingLabel ${LABEL} responsibleBodyLabel ${LABEL} ${STAMPS}`,
    create: {
      mutation: 'createSupervisionItem',
      inputType: 'CreateSupervisionItemInput',
      fields: ['assignmentId', 'findingId', 'matter', 'responsibleBodyId', 'deadline'],
    },
    update: { mutation: 'updateSupervisionItem', inputType: 'UpdateSupervisionItemInput', fields: ['note', 'deadline', 'status'] },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    findingId: ref('findings'),
    matter: text,
    responsibleBodyId: ref('bodies'),
    deadline: day,
    overdue,
    status: enumOf('SupervisionStatus'),
    doneOn: day,
    note: paragraph,
    updatedAt: time,
  },
  recordRepresentation: (record) => clipped(record.matter) ?? `#${record.id}`,
  icon: 'TaskAlt',
  list: {
    columns: ['matter', 'responsibleBodyId', 'deadline', 'overdue', 'status', 'assignmentId'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true, label: 'search.q' },
      { source: 'statuses', kind: 'enums', enumName: 'SupervisionStatus', alwaysOn: true, label: 'search.statuses' },
      { source: 'responsibleBodyId', kind: 'reference', reference: 'bodies', label: 'search.responsible_body' },
      { source: 'targetId', kind: 'reference', reference: 'bodies', label: 'search.target' },
      { source: 'from', kind: 'day', label: 'search.deadline_from' },
      { source: 'to', kind: 'day', label: 'search.deadline_to' },
      INSPECTION_FILTER,
    ],
    // The API lists matters oldest first and takes no sort.
    sort: { field: 'id', order: 'ASC' },
    overdueRows: true,
  },
  show: {
    fields: ['assignmentId', 'findingId', 'matter', 'responsibleBodyId', 'deadline', 'overdue', 'status', 'doneOn', 'note', 'updatedAt'],
    editable: (record) => record.status !== 'DONE',
  },
  create: {
    inputs: [
      { source: 'assignmentId', kind: 'assignment', stages: ['FEEDBACK', 'TRANSFER', 'CLOSED'] },
      { source: 'findingId', kind: 'findingOfAssignment', statuses: ['DECIDED', 'TRANSFERRED', 'CONCLUDED'] },
      { source: 'matter', kind: 'text', rows: 2, required: true },
      { source: 'responsibleBodyId', kind: 'reference', reference: 'bodies', optionText: 'name', required: true },
      { source: 'deadline', kind: 'day', required: true },
    ],
  },
  edit: {
    inputs: [
      { source: 'assignmentId', kind: 'shown' },
      { source: 'matter', kind: 'shown' },
      { source: 'responsibleBodyId', kind: 'shown' },
      { source: 'deadline', kind: 'day', required: true },
      { source: 'status', kind: 'enum', enumName: 'SupervisionStatus', required: true },
      { source: 'note', kind: 'text', rows: 4 },
    ],
  },
  labels: {
    zh: {
      name: '督办事项',
      fields: {
        id: '编号',
        assignmentId: '巡视任务',
        findingId: '对应问题',
        matter: '督办事项',
        responsibleBodyId: '责任单位',
        deadline: '办理期限',
        status: '状态',
        doneOn: '办结日期',
        note: '督办情况',
        overdue: '逾期',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    en: {
      name: 'Supervision item |||| Supervision items',
      fields: {
        id: 'Id',
        assignmentId: 'Inspection',
        findingId: 'Finding',
        matter: 'Matter',
        responsibleBodyId: 'Responsible body',
        deadline: 'Deadline',
        status: 'Status',
        doneOn: 'Done on',
        note: 'Note',
        overdue: 'Overdue',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
  },
});
