import { LABEL, enumValueName, titleOf } from '../names';
import { STAMPS, INSPECTION_FILTER, day, defineResource, enumOf, number, paragraph, ref, time } from '../descriptor';

/** The staff record what they did during inquiry, by which of the nine methods and with how many people. */
export const activities = defineResource({
  name: 'activities',
  api: {
    type: 'Activity',
    one: 'activity',
    many: 'activities',
    filterType: 'AssignmentRecordFilter',
    filters: ['assignmentId'],
    fields: `id assignmentId method heldOn description peopleReached teamPath assignmentLabel ${LABEL} ${STAMPS}`,
    create: {
      mutation: 'createActivity',
      inputType: 'CreateActivityInput',
      fields: ['assignmentId', 'method', 'heldOn', 'description', 'peopleReached'],
    },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    method: enumOf('WorkMethod'),
    heldOn: day,
    description: paragraph,
    peopleReached: number,
    updatedAt: time,
  },
  recordRepresentation: (record) => titleOf(enumValueName('WorkMethod', record.method), record.heldOn as string),
  icon: 'DirectionsWalk',
  list: {
    columns: ['heldOn', 'method', 'description', 'peopleReached', 'assignmentId'],
    filters: [INSPECTION_FILTER],
    sort: { field: 'id', order: 'DESC' },
  },
  show: { fields: ['assignmentId', 'method', 'heldOn', 'description', 'peopleReached', 'updatedAt'] },
  create: {
    inputs: [
      { source: 'assignmentId', kind: 'assignment', stages: ['INQUIRY'] },
      { source: 'method', kind: 'enum', enumName: 'WorkMethod', required: true },
      { source: 'heldOn', kind: 'day', required: true, defaultToday: true },
      { source: 'description', kind: 'text', rows: 3, required: true },
      { source: 'peopleReached', kind: 'number', required: true, min: 0 },
    ],
  },
  labels: {
    zh: {
      name: '工作活动',
      fields: {
        id: '编号',
        assignmentId: '巡视任务',
        method: '工作方式',
        heldOn: '日期',
        description: '内容',
        peopleReached: '涉及人数',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    en: {
      name: 'Activity |||| Activities',
      fields: {
        id: 'Id',
        assignmentId: 'Inspection',
        method: 'Method',
        heldOn: 'Held on',
        description: 'Description',
        peopleReached: 'People reached',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
  },
});
