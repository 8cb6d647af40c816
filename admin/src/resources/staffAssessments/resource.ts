import { LABEL, nameIn } from '../names';
import { STAMPS, INSPECTION_FILTER, day, defineResource, enumOf, paragraph, ref, time } from '../descriptor';

/** The office's assessment of one person's work on one inspection (考核), read by the office and the leading group only. */
export const staffAssessments = defineResource({
  name: 'staffAssessments',
  api: {
    type: 'StaffAssessment',
    one: 'staffAssessment',
    many: 'staffAssessments',
    filterType: 'StaffAssessmentFilter',
    filters: ['personId', 'assignmentId', 'grades'],
    sort: { inputType: 'StaffAssessmentSort', fields: ['ASSESSED_ON', 'CREATED_AT'] },
    fields: `id assignmentId personId servedAs grade comment assessedOn teamPath personLabel ${LABEL} assignmentLabel ${LABEL} ${STAMPS}`,
    create: {
      mutation: 'createStaffAssessment',
      inputType: 'CreateStaffAssessmentInput',
      fields: ['assignmentId', 'personId', 'grade', 'comment', 'assessedOn'],
    },
    update: { mutation: 'updateStaffAssessment', inputType: 'UpdateStaffAssessmentInput', fields: ['grade', 'comment', 'assessedOn'] },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    personId: ref('people'),
    servedAs: enumOf('ServiceRole'),
    grade: enumOf('AssessmentGrade'),
    comment: paragraph,
    assessedOn: day,
    createdAt: time,
    updatedAt: time,
  },
  recordRepresentation: (record) => nameIn(record.personLabel) ?? `#${record.id}`,
  icon: 'Grading',
  list: {
    columns: ['personId', 'assignmentId', 'servedAs', 'grade', 'assessedOn'],
    filters: [
      { source: 'personId', kind: 'reference', reference: 'people', optionText: 'name', alwaysOn: true },
      { source: 'grades', kind: 'enums', enumName: 'AssessmentGrade', alwaysOn: true },
      INSPECTION_FILTER,
    ],
    sort: { field: 'assessedOn', order: 'DESC' },
  },
  show: {
    fields: ['personId', 'assignmentId', 'servedAs', 'grade', 'comment', 'assessedOn', 'createdAt', 'updatedAt'],
    editable: true,
  },
  create: {
    inputs: [
      { source: 'assignmentId', kind: 'assignment', stages: ['REPORTING', 'FEEDBACK', 'TRANSFER', 'CLOSED'] },
      { source: 'personId', kind: 'reference', reference: 'people', optionText: 'name', required: true },
      { source: 'grade', kind: 'enum', enumName: 'AssessmentGrade', required: true },
      { source: 'comment', kind: 'text', rows: 4, required: true },
      { source: 'assessedOn', kind: 'day', defaultToday: true },
    ],
  },
  edit: {
    inputs: [
      { source: 'personId', kind: 'shown' },
      { source: 'assignmentId', kind: 'shown' },
      { source: 'grade', kind: 'enum', enumName: 'AssessmentGrade', required: true },
      { source: 'comment', kind: 'text', rows: 4, required: true },
      { source: 'assessedOn', kind: 'day', required: true },
    ],
  },
  labels: {
    zh: {
      name: '考核记录',
      fields: {
        id: '编号',
        assignmentId: '巡视任务',
        personId: '人员',
        servedAs: '担任',
        grade: '考核等次',
        grades: '考核等次',
        comment: '考核意见',
        assessedOn: '考核日期',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
    en: {
      name: 'Assessment |||| Assessments',
      fields: {
        id: 'Id',
        assignmentId: 'Inspection',
        personId: 'Person',
        servedAs: 'Served as',
        grade: 'Grade',
        grades: 'Grades',
        comment: 'Comment',
        assessedOn: 'Assessed on',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
  },
});
