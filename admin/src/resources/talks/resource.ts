import { LABEL, enumValueName, titleOf } from '../names';
import { INSPECTION_FILTER, STAMPS, day, defineResource, enumOf, ref, text, time } from '../descriptor';

const TALK_FIELDS = `id assignmentId heldOn talkerIds talkerLabels ${LABEL} intervieweePost intervieweeCategory matters teamPath assignmentLabel ${LABEL} ${STAMPS}`;

/** Individual talks (个别谈话) held by the staff of an inspection; who was talked to is protected. */
export const talks = defineResource({
  name: 'talks',
  api: {
    type: 'Talk',
    one: 'talk',
    many: 'talks',
    filterType: 'TalkFilter',
    filters: ['assignmentId', 'q', 'categories', 'targetId', 'from', 'to'],
    sort: { inputType: 'TalkSort', fields: ['HELD_ON', 'INTERVIEWEE_CATEGORY', 'CREATED_AT'] },
    fields: TALK_FIELDS,
    // The interviewee is read only when one talk is opened: every read of it is recorded. The
    // inspection's stage says whether a finding may still be raised from the talk.
    oneFields: `${TALK_FIELDS} interviewee { id name contact } findings(first: 50) { id subKind severity status } assignment { id stage }`,
    create: {
      mutation: 'createTalk',
      inputType: 'CreateTalkInput',
      fields: ['assignmentId', 'heldOn', 'talkerIds', 'interviewee', 'intervieweePost', 'intervieweeCategory', 'matters'],
    },
    update: {
      mutation: 'updateTalk',
      inputType: 'UpdateTalkInput',
      fields: ['heldOn', 'intervieweePost', 'intervieweeCategory', 'matters'],
    },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    heldOn: day,
    intervieweePost: text,
    intervieweeCategory: enumOf('IntervieweeCategory'),
    matters: { kind: 'text', clip: true },
    createdAt: time,
    updatedAt: time,
  },
  recordRepresentation: (record) =>
    titleOf(enumValueName('IntervieweeCategory', record.intervieweeCategory), record.heldOn as string) || `#${record.id}`,
  icon: 'Forum',
  // No interviewee in the list: identities are read one record at a time, and every read is recorded.
  list: {
    columns: ['heldOn', 'intervieweePost', 'intervieweeCategory', 'matters', 'assignmentId'],
    filters: [
      { source: 'q', kind: 'search', alwaysOn: true, label: 'search.q' },
      { source: 'categories', kind: 'enums', enumName: 'IntervieweeCategory', alwaysOn: true },
      { source: 'from', kind: 'day' },
      { source: 'to', kind: 'day' },
      { source: 'targetId', kind: 'reference', reference: 'bodies', label: 'search.target' },
      INSPECTION_FILTER,
    ],
    sort: { field: 'heldOn', order: 'DESC' },
  },
  edit: {
    inputs: [
      { source: 'assignmentId', kind: 'shown' },
      { source: 'heldOn', kind: 'day', required: true },
      { source: 'intervieweePost', kind: 'text', required: true },
      { source: 'intervieweeCategory', kind: 'enum', enumName: 'IntervieweeCategory', required: true },
      { source: 'matters', kind: 'text', rows: 5, required: true },
    ],
  },
  labels: {
    zh: {
      name: '个别谈话',
      fields: {
        id: '编号',
        assignmentId: '巡视任务',
        heldOn: '谈话日期',
        talkerIds: '谈话人',
        intervieweePost: '谈话对象职务',
        intervieweeCategory: '谈话对象类别',
        matters: '反映的问题',
        intervieweeName: '谈话对象姓名',
        intervieweeContact: '联系方式',
        findings: '据此形成的问题线索',
        categories: '谈话对象类别',
        from: '谈话日期起',
        to: '谈话日期止',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
      interviewee: '谈话对象（受保护信息，每次查阅均留痕）',
    },
    en: {
      name: 'Individual talk |||| Individual talks',
      fields: {
        id: 'Id',
        assignmentId: 'Inspection',
        heldOn: 'Held on',
        talkerIds: 'Held by',
        intervieweePost: "Interviewee's post",
        intervieweeCategory: 'Interviewee category',
        matters: 'Matters raised',
        intervieweeName: "Interviewee's name",
        intervieweeContact: 'Contact',
        findings: 'Findings raised from it',
        categories: 'Interviewee category',
        from: 'Held from',
        to: 'Held until',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      interviewee: 'Interviewee (protected: every read is recorded)',
    },
  },
});
