import { LABEL, clipped } from '../names';
import { STAMPS, INSPECTION_FILTER, day, defineResource, enumOf, number, ref, text, time } from '../descriptor';

/**
 * Democratic evaluations and questionnaires (民主测评、问卷调查): set up by the staff of an inspection,
 * answered anonymously through printed one-time ballot links, results shown once closed.
 */
export const evaluations = defineResource({
  name: 'evaluations',
  api: {
    type: 'Evaluation',
    one: 'evaluation',
    many: 'evaluations',
    filterType: 'EvaluationFilter',
    filters: ['assignmentId', 'statuses'],
    sort: { inputType: 'EvaluationSort', fields: ['CREATED_AT', 'STATUS', 'TITLE'] },
    fields: `id assignmentId title kind status personIds questions linksIssued closedOn teamPath assignmentLabel ${LABEL} ${STAMPS}`,
    oneFields: `id assignmentId title kind status personIds questions linksIssued closedOn teamPath assignmentLabel ${LABEL} ${STAMPS}
      subjects { subjectId personId name }
      results { sealed linksIssued linksUsed minimumGroup
        subjects { subjectId personId name ballots withheld competent basicallyCompetent notCompetent unrated }
        answers { questionId question answers } }`,
    create: {
      mutation: 'createEvaluation',
      inputType: 'CreateEvaluationInput',
      fields: ['assignmentId', 'title', 'kind', 'personIds', 'questions'],
    },
    update: { mutation: 'updateEvaluation', inputType: 'UpdateEvaluationInput', fields: ['title', 'kind', 'personIds', 'questions'] },
    scopeField: 'teamPath',
  },
  fields: {
    assignmentId: ref('assignments'),
    title: text,
    kind: enumOf('EvaluationKind'),
    status: enumOf('EvaluationStatus'),
    linksIssued: number,
    closedOn: day,
    updatedAt: time,
  },
  recordRepresentation: (record) => clipped(record.title) ?? `#${record.id}`,
  icon: 'HowToVote',
  list: {
    columns: ['title', 'kind', 'status', 'linksIssued', 'closedOn', 'assignmentId'],
    filters: [INSPECTION_FILTER, { source: 'statuses', kind: 'enums', enumName: 'EvaluationStatus', alwaysOn: true }],
    sort: { field: 'createdAt', order: 'DESC' },
  },
  labels: {
    zh: {
      name: '民主测评',
      fields: {
        id: '编号',
        assignmentId: '巡视任务',
        title: '标题',
        kind: '类型',
        status: '状态',
        personIds: '测评对象（领导班子成员）',
        questions: '自由问题（每行一题）',
        linksIssued: '已发放链接',
        closedOn: '结束日期',
        statuses: '状态',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
      action: {
        open: '开始测评',
        close: '结束测评',
        issue: '发放测评链接',
        print: '打印',
      },
      notification: { opened: '测评已开始', closed: '测评已结束，结果已公布', issued: '已生成 %{count} 个测评链接' },
      help: {
        subjects: '领导班子作为整体始终列为第一个测评对象；另选被巡视单位的领导班子成员。',
        more_candidates: '共 %{count} 人，此处列出按姓名排序的前 %{shown} 人。',
        close: '结束后不能重新开始；结果在结束后显示。',
      },
      results: {
        title: '测评结果',
        sealed: '测评进行中，结果密封：已使用 %{used} / %{issued} 个链接。结束测评后显示结果（逐张查看会暴露每张选票）。',
        subject: '测评对象',
        ballots: '有效票数',
        competent: '称职',
        basicallyCompetent: '基本称职',
        notCompetent: '不称职',
        unrated: '弃权/不了解',
        withheld: '票数少于 %{min} 张，结果不予显示',
        answers: '自由问题的回答',
        answersWithheld: '票数少于 %{min} 张，回答不予显示',
        used: '已使用链接',
      },
      sheet: {
        count: '链接数量（1–500）',
        title: '测评链接（一次性）',
        warning: '系统只保存每个链接的摘要，不保存链接本身：本页是这些链接的唯一副本，关闭后无法再次查看。请立即打印，分发时每人一张。',
        item: '第 %{n} 张',
      },
    },
    en: {
      name: 'Evaluation |||| Evaluations',
      fields: {
        id: 'Id',
        assignmentId: 'Inspection',
        title: 'Title',
        kind: 'Kind',
        status: 'Status',
        personIds: 'Persons rated (members of the leading body)',
        questions: 'Free questions (one per line)',
        linksIssued: 'Links issued',
        closedOn: 'Closed on',
        statuses: 'Status',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      action: { open: 'Open for ballots', close: 'Close', issue: 'Issue ballot links', print: 'Print' },
      notification: { opened: 'Evaluation opened', closed: 'Evaluation closed; results shown', issued: '%{count} ballot links issued' },
      help: {
        subjects: 'The leading body as a whole is always the first subject; add members of the inspected body’s leadership.',
        more_candidates: 'The first %{shown} of %{count} persons, by name.',
        close: 'Closing is final; results are shown once closed.',
      },
      results: {
        title: 'Results',
        sealed:
          'Open: results are sealed. %{used} of %{issued} links used. Results appear once closed (reading them ballot by ballot would reveal each ballot).',
        subject: 'Subject',
        ballots: 'Ballots',
        competent: 'Competent',
        basicallyCompetent: 'Basically competent',
        notCompetent: 'Not competent',
        unrated: 'Unrated',
        withheld: 'Fewer than %{min} ballots: withheld',
        answers: 'Answers to the free questions',
        answersWithheld: 'Fewer than %{min} ballots: answers withheld',
        used: 'Links used',
      },
      sheet: {
        count: 'How many links (1–500)',
        title: 'One-time ballot links',
        warning:
          'Only a hash of each link is kept, never the link itself: this page is the only copy, and it cannot be shown again once closed. Print it now and hand out one link per participant.',
        item: 'No. %{n}',
      },
    },
  },
});
